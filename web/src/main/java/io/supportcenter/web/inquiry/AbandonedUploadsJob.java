package io.supportcenter.web.inquiry;

import io.supportcenter.web.health.JobRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Forgets the staged files nobody sent ({@link Uploads#forgetAbandoned}), with the inquiry jobs' period. */
@ApplicationScoped
public class AbandonedUploadsJob extends OnInquiryJobsPeriod {

    @Inject
    Uploads uploads;

    @Override
    public JobRuns.Job job() {
        return JobRuns.Job.UPLOADS;
    }

    @Override
    public int run() {
        return uploads.forgetAbandoned();
    }
}
