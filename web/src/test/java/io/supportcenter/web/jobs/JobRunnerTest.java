package io.supportcenter.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.domain.ops.JobLeases;
import io.supportcenter.web.health.JobRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

    private final List<String> counted = new ArrayList<>();
    private final List<String> leaseCalls = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private boolean leaseFree = true;

    private final JobRuns runs = new JobRuns() {
        @Override
        public void succeeded(Job job, int items) {
            counted.add(job.label() + ":ok:" + items);
        }

        @Override
        public void failed(Job job) {
            counted.add(job.label() + ":failed");
        }

        @Override
        public void skipped(Job job) {
            counted.add(job.label() + ":skipped");
        }
    };

    private final JobLeases leases = new JobLeases() {
        @Override
        public boolean acquire(String job, String holder, Instant now, Duration ttl) {
            leaseCalls.add("acquire " + job + " for " + ttl.toSeconds() + " s");
            return leaseFree;
        }

        @Override
        public void release(String job, String holder, Instant now) {
            leaseCalls.add("release " + job);
        }
    };

    private final JobRunner runner = new JobRunner(leases, runs);
    private final Logger log = Logger.getLogger(JobRunner.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    private static BackgroundJob job(boolean oncePerCluster, IntSupplier work) {
        return new BackgroundJob() {
            @Override
            public JobRuns.Job job() {
                return JobRuns.Job.INQUIRY;
            }

            @Override
            public Duration period() {
                return Duration.ofSeconds(5);
            }

            @Override
            public boolean oncePerCluster() {
                return oncePerCluster;
            }

            @Override
            public int run() {
                return work.getAsInt();
            }
        };
    }

    @Test
    void aClusterJobRunsUnderItsLeaseAndGivesItBack() {
        runner.run(job(true, () -> 3));
        assertEquals(List.of("acquire inquiry for 30 s", "release inquiry"), leaseCalls);
        assertEquals(List.of("inquiry:ok:3"), counted);
        assertEquals(List.of(), logged, "a run logs nothing by itself");
    }

    @Test
    void whileAnotherNodeHoldsTheLeaseTheJobDoesNotRun() {
        leaseFree = false;
        int[] ran = {0};
        runner.run(job(true, () -> ++ran[0]));
        assertEquals(0, ran[0]);
        assertEquals(List.of("inquiry:skipped"), counted);
    }

    @Test
    void aNodeJobNeedsNoLease() {
        runner.run(job(false, () -> 0));
        assertEquals(List.of(), leaseCalls);
        assertEquals(List.of("inquiry:ok:0"), counted);
    }

    @Test
    void aFailingJobIsLoggedOnceWithoutStackTraceAndOnceMoreWhenItWorksAgain() {
        IntSupplier broken = () -> {
            throw new IllegalStateException("outer", new java.sql.SQLException("Connection refused"));
        };
        runner.run(job(true, broken));
        runner.run(job(true, broken));
        runner.run(job(true, broken));
        runner.run(job(true, () -> 1));
        assertEquals(List.of("inquiry:failed", "inquiry:failed", "inquiry:failed", "inquiry:ok:1"), counted);
        assertEquals(2, logged.size(), logged.stream().map(LogRecord::getMessage).toList().toString());
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(logged.get(0).getMessage().contains("SQLException: Connection refused"), logged.get(0).getMessage());
        assertEquals(null, logged.get(0).getThrown(), "no stack trace at WARNING");
        assertEquals(Level.INFO, logged.get(1).getLevel());
        assertTrue(logged.get(1).getMessage().contains("works again"));
        assertEquals(4, leaseCalls.stream().filter(call -> call.startsWith("release")).count(), "the lease is given back after a failure too");
        assertTrue(logged.stream().noneMatch(record -> record.getLevel() == Level.SEVERE));
    }

    @Test
    void aRunThatFindsTheLastOneStillBusyOnThisNodeIsLeftOut() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread first = new Thread(() -> runner.run(job(false, () -> {
            started.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        })));
        first.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        int[] second = {0};
        runner.run(job(false, () -> ++second[0]));
        finish.countDown();
        first.join(10_000);
        assertEquals(0, second[0], "the second run was left out");
        assertEquals(List.of("inquiry:ok:1"), counted);
    }
}
