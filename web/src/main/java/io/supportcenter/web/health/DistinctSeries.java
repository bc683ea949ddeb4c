package io.supportcenter.web.health;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Payara 6 writes every base and vendor series of an unscoped /metrics scrape twice (the second time without its TYPE
 * and HELP lines; fixed only in Payara 7), which Prometheus rejects as duplicate samples. This wrapper holds the answer
 * (a few kilobytes) and lets each series and each comment line through once.
 */
final class DistinctSeries extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    DistinctSeries(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the metrics answer is written at once");
                }

                @Override
                public void write(int b) {
                    held.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    held.write(bytes, offset, length);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        // the length of what is left is set at the end
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void flushBuffer() {
        // held until finish()
    }

    /** Writes what was held, each line once, to the real response. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        byte[] distinct = distinct(held.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(distinct.length);
        response.getOutputStream().write(distinct);
    }

    /** The text with each series (name and labels) and each comment line kept at its first appearance only. */
    static String distinct(String exposition) {
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(exposition.length());
        for (String line : exposition.split("\n", -1)) {
            String key = line.startsWith("#") || line.isBlank() ? line : seriesOf(line);
            if (line.isBlank() || seen.add(key)) {
                out.append(line).append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** A sample line without its value (and timestamp): the series it belongs to. */
    private static String seriesOf(String sample) {
        int labels = sample.lastIndexOf('}');
        int space = sample.indexOf(' ', labels < 0 ? 0 : labels);
        return space < 0 ? sample : sample.substring(0, space);
    }
}
