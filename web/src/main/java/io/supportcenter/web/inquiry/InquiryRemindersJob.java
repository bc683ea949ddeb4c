package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.InquiryJobs;
import io.supportcenter.web.health.JobRuns;
import io.supportcenter.web.jobs.DueBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Reminds and closes the inquiries awaiting the member every {@code support.inquiry.jobs-seconds}, on one node at a
 * time, a batch per run and each inquiry in its own transaction (see {@link InquiryJobs} for how each is handled once).
 */
@ApplicationScoped
public class InquiryRemindersJob extends OnInquiryJobsPeriod {

    private static final Logger LOG = Logger.getLogger(InquiryRemindersJob.class.getName());

    @Inject
    InquiryJobs jobs;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.INQUIRY;
    }

    @Override
    public int run() {
        DueBatch<InquiryJobs.Outcome> batch = DueBatch.run(jobs.due(DueBatch.SIZE), jobs::handle, InquiryJobs.Outcome.class, "inquiry");
        int reminded = batch.count(InquiryJobs.Outcome.REMINDED);
        int closed = batch.count(InquiryJobs.Outcome.CLOSED);
        if (reminded + closed > 0) {
            LOG.info(() -> "Inquiries reminded: " + reminded + ", closed automatically: " + closed);
        }
        return reminded + closed;
    }
}
