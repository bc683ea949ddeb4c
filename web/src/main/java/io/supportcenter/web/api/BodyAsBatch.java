package io.supportcenter.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Lets JSON binding read a single record as a batch of one: a body whose first character is <code>{</code> is
 * read as if it stood in <code>[ ]</code>. Yasson, as Payara ships it, shows a deserializer the events after the one
 * it stands on but not that one, so {@link CommissionBatch.Reader} cannot tell an object from an array by itself.
 * No body at all is malformed JSON, as any other body that is not JSON.
 */
@Provider
@ApiKeyRequired
public class BodyAsBatch implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
            first = body.read();
        }
        if (first < 0) {
            throw new WebApplicationException(ApiError.of("malformed-json").response(400));
        }
        body.unread(first);
        context.setInputStream(first == '{' ? new SequenceInputStream(Collections.enumeration(List.of(text("["), body, text("]")))) : body);
        return context.proceed();
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
