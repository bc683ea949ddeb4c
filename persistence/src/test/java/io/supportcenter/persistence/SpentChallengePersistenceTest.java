package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.persistence.signup.JpaSpentChallenges;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A solved sign-up challenge counts once on every node, and its record goes once the challenge could no longer be sent. */
class SpentChallengePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(30));

    @Test
    void aChallengeIsSpentOnceAndForgottenAfterItExpires() {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            assertTrue(spend(db, "abc123", EXPIRES, NOW));
            assertFalse(spend(db, "abc123", EXPIRES, NOW.plusSeconds(60)),
                    "a second node, a minute later, finds it spent");
            assertTrue(spend(db, "def456", EXPIRES, NOW));
            assertEquals(2, db.count("SELECT COUNT(*) FROM spent_challenge"));

            Instant later = EXPIRES.plusSeconds(1);
            assertTrue(spend(db, "ghi789", later.plus(Duration.ofMinutes(30)), later));
            assertEquals(1, db.count("SELECT COUNT(*) FROM spent_challenge"), "the expired records are gone");
        }
    }

    private static boolean spend(TestDatabase db, String challenge, Instant expires, Instant now) {
        return db.inTransaction(em -> new JpaSpentChallenges(em).spend(challenge, expires, now));
    }
}
