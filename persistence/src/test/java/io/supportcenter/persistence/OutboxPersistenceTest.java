package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.MailStatus;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.OutboxPolicy;
import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.persistence.mail.JpaOutgoingMailRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outbox on a real database: two nodes never claim the same mail, and sent secrets are blanked. */
class OutboxPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create().migrate();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static <T> T inTransaction(Function<Outbox, T> work) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new Outbox(new JpaOutgoingMailRepository(em), OutboxPolicy.defaults(), CLOCK));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void twoNodesClaimingAtOnceNeverGetTheSameMail() throws Exception {
        inTransaction(outbox -> {
            for (int i = 0; i < 30; i++) {
                outbox.enqueue(MailRequest.of("test.claim", "user" + i + "@claim.example", Locale.ENGLISH, Map.of("n", "" + i)));
            }
            return null;
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                Callable<List<Long>> claim = () -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        ids.addAll(inTransaction(outbox -> outbox.claimDue(node, 10)).stream().map(OutgoingMail::getId).toList());
                    }
                    return ids;
                };
                claims.add(nodes.submit(claim));
            }
            start.countDown();
            List<Long> a = claims.get(0).get();
            List<Long> b = claims.get(1).get();
            Set<Long> overlap = new HashSet<>(a);
            overlap.retainAll(b);
            assertEquals(Set.of(), overlap, "a mail claimed by both nodes would be sent twice");
            assertEquals(30, new HashSet<>(a).size() + new HashSet<>(b).size(), "every mail is claimed once");
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aSentMailLosesItsSecretsAndAFailedOneWaitsBeforeItsRetry() {
        long sentId = inTransaction(outbox -> {
            outbox.enqueue(new MailRequest("test.secret", "secret@mail.example", Locale.ENGLISH,
                    Map.of("name", "Pat", "password", "Xy7-secret-value"), Set.of("password")));
            return outbox.newest(0, 1).get(0).getId();
        });
        inTransaction(outbox -> {
            outbox.markSent(sentId);
            return null;
        });
        OutgoingMail sent = inTransaction(outbox -> outbox.find(sentId).orElseThrow());
        assertEquals(MailStatus.SENT, sent.getStatus());
        assertEquals("Pat", sent.getValues().get("name"));
        assertTrue(!sent.getValues().get("password").contains("Xy7"), "the password must be gone once sent");

        long failingId = inTransaction(outbox -> {
            outbox.enqueue(MailRequest.of("test.retry", "retry@mail.example", Locale.ENGLISH, Map.of()));
            return outbox.newest(0, 1).get(0).getId();
        });
        inTransaction(outbox -> {
            outbox.markFailed(failingId, "connection refused");
            return null;
        });
        OutgoingMail failed = inTransaction(outbox -> outbox.find(failingId).orElseThrow());
        assertEquals(MailStatus.PENDING, failed.getStatus());
        assertEquals(1, failed.getAttempts());
        assertEquals(CLOCK.instant().plus(Duration.ofSeconds(30)), failed.getNextAttemptAt());
        assertTrue(inTransaction(outbox -> outbox.claimDue("node-c", 50)).stream().noneMatch(m -> m.getId() == failingId),
                "a mail is not retried before its wait is over");
    }
}
