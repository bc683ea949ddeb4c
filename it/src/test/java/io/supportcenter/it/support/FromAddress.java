package io.supportcenter.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLSession;

/**
 * Sends a request from another loopback address (127.0.0.x), so that one test machine can play several clients
 * (an attacker's and the owner's): Java 17's HttpClient cannot choose its local address. Plain HTTP/1.1, one
 * connection per request; enough for the portal's pages and forms.
 */
final class FromAddress {

    private final InetAddress local;

    FromAddress(String localAddress) {
        try {
            this.local = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new IllegalArgumentException(localAddress, e);
        }
    }

    HttpResponse<String> send(HttpRequest request, CookieManager cookies) throws IOException {
        URI uri = request.uri();
        byte[] body = request.bodyPublisher().map(FromAddress::bytesOf).orElse(new byte[0]);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            request.headers().map().forEach((name, values) -> values.forEach(value -> head.append(name).append(": ").append(value).append("\r\n")));
            cookies.get(uri, Map.of()).forEach((name, values) -> {
                if (!values.isEmpty()) {
                    head.append(name).append(": ").append(String.join("; ", values)).append("\r\n");
                }
            });
            if (body.length > 0 || !request.method().equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            Answer answer = Answer.read(socket.getInputStream());
            cookies.put(uri, answer.headers);
            return new Response(request, answer.status, HttpHeaders.of(answer.headers, (name, value) -> true), answer.body, uri);
        }
    }

    private static byte[] bytesOf(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                collected.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.join();
        return collected.toByteArray();
    }

    /** A response read to the end of the connection. */
    private record Answer(int status, Map<String, List<String>> headers, String body) {

        static Answer read(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
            byte[] raw = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            boolean chunked = headers.entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                    && h.getValue().stream().anyMatch(v -> v.equalsIgnoreCase("chunked")));
            return new Answer(status, headers, new String(chunked ? unchunk(raw) : raw, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < raw.length) {
                int lineEnd = indexOfCrLf(raw, at);
                int size = Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(raw, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            throw new IllegalStateException("a chunk without its line end");
        }
    }

    private record Response(HttpRequest request, int statusCode, HttpHeaders headers, String body, URI uri)
            implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
