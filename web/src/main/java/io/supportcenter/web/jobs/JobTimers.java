package io.supportcenter.web.jobs;

import io.supportcenter.web.health.JobRuns;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/**
 * The container's timers drive every background job (non-persistent interval timers, one per job on each node): each
 * run is a proper container invocation with its own context, unlike a repeating task of a managed executor, whose
 * captured context Payara tears down twice after every run (two SEVERE stack traces per run).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobTimers {

    @Resource
    TimerService timers;

    @Inject
    Instance<BackgroundJob> jobs;

    @Inject
    JobRunner runner;

    private final Map<JobRuns.Job, BackgroundJob> started = new EnumMap<>(JobRuns.Job.class);

    /** Starts every enabled job's timer (once the database is migrated). */
    public synchronized void start() {
        for (BackgroundJob job : jobs) {
            if (job.enabled() && !started.containsKey(job.job())) {
                started.put(job.job(), job);
                timers.createIntervalTimer(job.firstDelay().toMillis(), job.period().toMillis(), new TimerConfig(job.job(), false));
            }
        }
    }

    /** Runs {@code job} once as soon as possible, beside its regular runs (after an edit, say). */
    public void runSoon(JobRuns.Job job) {
        timers.createSingleActionTimer(0, new TimerConfig(job, false));
    }

    @Timeout
    void fire(Timer timer) {
        BackgroundJob job;
        synchronized (this) {
            job = started.get((JobRuns.Job) timer.getInfo());
        }
        if (job != null) {
            runner.run(job);
        }
    }
}
