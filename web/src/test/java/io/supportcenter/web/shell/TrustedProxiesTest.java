package io.supportcenter.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.web.config.ConfigurationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which peers count as our proxies: listed addresses and ranges, numeric only, never a name lookup. */
class TrustedProxiesTest {

    @Test
    void addressesAndRangesOfBothFamiliesAreTrustedAndNothingElse() {
        List<ForwardedHeaders.Range> proxies = TrustedProxies.parse("10.0.1.11, 192.168.0.0/16 2001:db8::/32");
        assertTrue(ForwardedHeaders.isTrusted(proxies, "10.0.1.11"));
        assertFalse(ForwardedHeaders.isTrusted(proxies, "10.0.1.12"));
        assertTrue(ForwardedHeaders.isTrusted(proxies, "192.168.200.7"));
        assertFalse(ForwardedHeaders.isTrusted(proxies, "192.169.0.1"));
        assertTrue(ForwardedHeaders.isTrusted(proxies, "2001:db8:1::5"));
        assertFalse(ForwardedHeaders.isTrusted(proxies, "2001:db9::5"));
        assertFalse(ForwardedHeaders.isTrusted(proxies, "localhost"), "a name is never looked up");
        assertFalse(ForwardedHeaders.isTrusted(List.of(), "10.0.1.11"), "nobody without the setting");
    }

    @Test
    void aWrongEntryNamesTheKeyAndTheEntry() {
        ConfigurationError wrong = assertThrows(ConfigurationError.class, () -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"));
        assertEquals("support.proxy.trusted: \"proxy.internal\" is not an IP address or a CIDR range such as 10.0.0.0/8", wrong.getMessage());
        assertThrows(ConfigurationError.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    }
}
