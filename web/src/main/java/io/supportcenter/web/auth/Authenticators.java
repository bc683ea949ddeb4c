package io.supportcenter.web.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What an authenticator app is given when it is set up (the otpauth URI its QR code holds). */
final class Authenticators {

    static final String ISSUER = "Support Center";

    private Authenticators() {
    }

    static String provisioningUri(String email, String secret) {
        String label = encode(ISSUER + ":" + email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
