package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.auth.LockPolicy;
import io.supportcenter.domain.auth.LoginHelpRequest;
import io.supportcenter.domain.auth.LoginThrottle;
import io.supportcenter.persistence.auth.JpaLoginHelpRequestRepository;
import io.supportcenter.persistence.auth.JpaLoginThrottleRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed logins and Login Help requests are counted per address and client, in the database every node shares. */
class LoginCountsPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void clearingAnAddressClearsEveryClientsCountOfItAndNoOtherAddresses() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            String ipv6 = "2001:db8:85a3:0000:0000:8a2e:0370:7334";
            String longAddress = "member:" + "a".repeat(64) + "@" + "b".repeat(180) + ".example";
            db.inTransaction(em -> {
                JpaLoginThrottleRepository throttles = new JpaLoginThrottleRepository(em);
                for (String key : new String[] {"member:pat_x@test.example|198.51.100.1", "member:pat_x@test.example|" + ipv6,
                    "member:patYx@test.example|198.51.100.1", longAddress + "|" + ipv6}) {
                    LoginThrottle throttle = new LoginThrottle(key);
                    throttle.recordFailure(NOW, LockPolicy.defaults());
                    throttles.add(throttle);
                }
                return null;
            });
            db.inTransaction(em -> {
                new JpaLoginThrottleRepository(em).clearClientsOf("member:pat_x@test.example");
                return null;
            });
            assertEquals(2, db.count("SELECT COUNT(*) FROM login_throttle WHERE failures = 0"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM login_throttle WHERE failures = 1 AND login_key LIKE 'member:patYx%'"),
                    "an underscore in the address is no wildcard");
        }
    }

    @Test
    void loginHelpRequestsAreCountedPerAddressAndClient() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            db.inTransaction(em -> {
                JpaLoginHelpRequestRepository requests = new JpaLoginHelpRequestRepository(em);
                requests.add(new LoginHelpRequest("pat@test.example", "198.51.100.1", NOW));
                requests.add(new LoginHelpRequest("pat@test.example", "198.51.100.1", NOW));
                requests.add(new LoginHelpRequest("pat@test.example", "198.51.100.2", NOW));
                requests.add(new LoginHelpRequest("pat@test.example", null, NOW));
                return null;
            });
            Instant since = NOW.minusSeconds(3_600);
            assertEquals(2L, (long) db.inTransaction(em -> new JpaLoginHelpRequestRepository(em)
                    .countForEmailAndClientSince("pat@test.example", "198.51.100.1", since)));
            assertEquals(1L, (long) db.inTransaction(em -> new JpaLoginHelpRequestRepository(em)
                    .countForEmailAndClientSince("pat@test.example", null, since)));
            assertEquals(0L, (long) db.inTransaction(em -> new JpaLoginHelpRequestRepository(em)
                    .countForEmailAndClientSince("pat@test.example", "198.51.100.1", NOW)));
        }
    }
}
