/**
 * The portal's one background-job mechanism: container-managed timers ({@link io.supportcenter.web.jobs.JobTimers})
 * run every {@link io.supportcenter.web.jobs.BackgroundJob} through {@link io.supportcenter.web.jobs.JobRunner}, which
 * takes a database lease for the jobs that run once across all nodes, counts runs and items on /metrics, and logs a
 * failing job once, not once per run.
 */
package io.supportcenter.web.jobs;
