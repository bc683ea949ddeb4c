package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.RepeatedQuestions;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.BackgroundJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Finds the repeated questions anew once the latest report is a week old: it looks every hour (on one node at a time),
 * so that restarts never postpone the weekly report.
 */
@ApplicationScoped
public class RepeatedQuestionsJob implements BackgroundJob {

    @Inject
    RepeatedQuestions repeated;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.REPEATED_QUESTIONS;
    }

    @Override
    public Duration period() {
        return Duration.ofHours(1);
    }

    @Override
    public Duration firstDelay() {
        // After the node's solved-inquiry index is built (a second after start), which the report reads.
        return Duration.ofMinutes(2);
    }

    @Override
    public boolean oncePerCluster() {
        return true;
    }

    @Override
    public int run() {
        return Math.max(0, repeated.findWhenAWeekOld());
    }
}
