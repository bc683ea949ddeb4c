package io.supportcenter.web.api;

import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read no further than its limit, for bodies sent without a length (chunked): past the limit it
 * fails with {@link TooLarge} rather than filling the heap, wherever the reader that met it wraps that.
 */
final class BoundedBody extends FilterInputStream {

    private final long limit;
    private long read;

    BoundedBody(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }

    /** The refusal of a body over {@code limit} bytes. */
    static Response tooLarge(long limit) {
        return new ApiError("too-large", null, limit).response(413);
    }

    /** The body went past its limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("request body over its limit");
            this.limit = limit;
        }

        Response response() {
            return tooLarge(limit);
        }
    }
}
