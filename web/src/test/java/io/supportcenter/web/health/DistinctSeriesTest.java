package io.supportcenter.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A scrape as Payara 6 writes it, base series twice: each series and comment stays once, in its first place. */
class DistinctSeriesTest {

    @Test
    void aRepeatedSeriesIsLeftOutAndDifferentLabelsAreKept() {
        String scraped = """
                # HELP base_thread_count Number of live threads
                # TYPE base_thread_count gauge
                base_thread_count{mp_scope="base"} 51.0
                # TYPE support_job_runs_total counter
                support_job_runs_total{job="mail",mp_scope="application",outcome="ok"} 7.0
                support_job_runs_total{job="kb_sync",mp_scope="application",outcome="ok"} 3.0
                base_thread_count{mp_scope="base"} 52.0
                """;
        assertEquals("""
                # HELP base_thread_count Number of live threads
                # TYPE base_thread_count gauge
                base_thread_count{mp_scope="base"} 51.0
                # TYPE support_job_runs_total counter
                support_job_runs_total{job="mail",mp_scope="application",outcome="ok"} 7.0
                support_job_runs_total{job="kb_sync",mp_scope="application",outcome="ok"} 3.0
                """, DistinctSeries.distinct(scraped));
    }

    @Test
    void aSeriesWithoutLabelsIsKeptOnceToo() {
        assertEquals("up 1\n", DistinctSeries.distinct("up 1\nup 1\n"));
    }
}
