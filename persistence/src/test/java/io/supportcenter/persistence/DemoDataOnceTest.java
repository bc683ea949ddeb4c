package io.supportcenter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.demo.DemoDataService;
import io.supportcenter.persistence.account.JpaAccountRepository;
import io.supportcenter.persistence.ops.JpaTaskLockRepository;
import io.supportcenter.persistence.staff.JpaStaffUserRepository;
import io.supportcenter.persistence.staff.JpaTeamRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two nodes starting together on one database load the demo data exactly once. */
class DemoDataOnceTest {

    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    private static boolean loadAsOneNode(TestDatabase db, CountDownLatch start) throws InterruptedException {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            DemoDataService service = new DemoDataService(new JpaTaskLockRepository(em), new JpaAccountRepository(em),
                    new JpaStaffUserRepository(em), new JpaTeamRepository(em), HASHER, CLOCK);
            start.await();
            em.getTransaction().begin();
            boolean loaded = service.loadOnce();
            em.getTransaction().commit();
            return loaded;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void twoConcurrentLoadsInsertOneSetAndARestartInsertsNothing() throws Exception {
        try (TestDatabase db = TestDatabase.create().migrate()) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                Callable<Boolean> node = () -> loadAsOneNode(db, start);
                List<Future<Boolean>> results = List.of(nodes.submit(node), nodes.submit(node));
                start.countDown();
                long loaders = 0;
                for (Future<Boolean> result : results) {
                    loaders += result.get() ? 1 : 0;
                }
                assertEquals(1, loaders, "exactly one node loads the data");
            } finally {
                nodes.shutdownNow();
            }
            assertEquals(5, db.count("SELECT COUNT(*) FROM account"));
            assertEquals(7, db.count("SELECT COUNT(*) FROM member_user"));
            assertEquals(6, db.count("SELECT COUNT(*) FROM staff_user"));

            assertEquals(false, loadAsOneNode(db, new CountDownLatch(0)));
            assertEquals(5, db.count("SELECT COUNT(*) FROM account"));
            assertEquals(3, db.count("SELECT COUNT(*) FROM account WHERE status <> 'ACTIVE'"));
            assertEquals(3, db.count("SELECT COUNT(*) FROM staff_user_team su JOIN staff_user s ON s.id = su.staff_user_id"
                    + " WHERE s.email = 'lead@support.example'"));
        }
    }
}
