package io.supportcenter.it.support;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's background job runs as each node counts them on /metrics ({@code support_job_runs_total}):
 * what a test waits on before it checks that something did not happen, instead of sleeping.
 */
public final class JobRuns {

    public static final String INQUIRY = "inquiry";
    public static final String DORMANCY = "dormancy";
    public static final String MAIL = "mail";
    public static final String SEARCH_LOG = "search_log";
    public static final String KB_SYNC = "kb_sync";

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINE = Pattern.compile("(?m)^support_job_runs_total\\{([^}]*)}\\s+([0-9.eE+-]+)$");

    private JobRuns() {
    }

    /** Runs of {@code job} that the node has finished so far, whatever their outcome. */
    public static long of(URL node, String job) {
        String metrics = new PortalClient(node).metrics("").body();
        Matcher line = LINE.matcher(metrics);
        long runs = 0;
        while (line.find()) {
            if (line.group(1).contains("job=\"" + job + "\"")) {
                runs += (long) Double.parseDouble(line.group(2));
            }
        }
        return runs;
    }

    /**
     * Waits until every node has finished {@code more} further runs of each job: with two, at least one
     * whole run began after this call, so whatever those jobs were going to do by now is done.
     */
    public static void awaitMore(int more, List<URL> nodes, String... jobs) {
        Map<String, Long> start = new HashMap<>();
        for (URL node : nodes) {
            for (String job : jobs) {
                start.put(node + " " + job, of(node, job));
            }
        }
        for (URL node : nodes) {
            for (String job : jobs) {
                long target = start.get(node + " " + job) + more;
                await("the " + job + " job of " + node + " running " + more + " more times (support_job_runs_total on /metrics)")
                        .atMost(WAIT).until(() -> of(node, job) >= target);
            }
        }
    }
}
