package io.supportcenter.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecureCookiesTest {

    @Test
    void automaticallySecureWhenThePublicAddressIsHttps() {
        assertTrue(SecureCookies.decide("auto", "https://support.example.com"));
        assertTrue(SecureCookies.decide(null, " HTTPS://support.example.com/"));
        assertFalse(SecureCookies.decide("auto", "http://localhost:8080"));
    }

    @Test
    void theSettingOverridesTheAddress() {
        assertTrue(SecureCookies.decide("true", "http://localhost:8080"), "TLS ended at a proxy that forwards plain HTTP");
        assertFalse(SecureCookies.decide("FALSE", "https://support.example.com"));
        assertFalse(SecureCookies.decide("auto", null));
    }
}
