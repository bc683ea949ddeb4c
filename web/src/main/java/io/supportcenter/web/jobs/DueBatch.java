package io.supportcenter.web.jobs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * One batch of due items, each handled by a call that runs in a transaction of its own: an item that fails is
 * counted, logged in one line with the others of its batch, and left for the next run; the rest go on.
 *
 * @param <O> what handling an item may come to
 */
public final class DueBatch<O extends Enum<O>> {

    /** Items per run: a backlog is worked off over several runs, never in one long transaction. */
    public static final int SIZE = 100;

    private static final Logger LOG = Logger.getLogger(DueBatch.class.getName());

    private final Map<O, Integer> outcomes;
    private int failed;

    private DueBatch(Class<O> outcomes) {
        this.outcomes = new EnumMap<>(outcomes);
    }

    /** Handles every item of {@code due} with {@code handle}; {@code what} names the items for the log. */
    public static <O extends Enum<O>> DueBatch<O> run(List<Long> due, LongFunction<O> handle, Class<O> outcomes, String what) {
        DueBatch<O> batch = new DueBatch<>(outcomes);
        String firstCause = null;
        for (long id : due) {
            try {
                batch.outcomes.merge(handle.apply(id), 1, Integer::sum);
            } catch (RuntimeException e) {
                batch.failed++;
                if (firstCause == null) {
                    firstCause = what + " " + id + ": " + JobRunner.causeOf(e);
                }
            }
        }
        if (batch.failed > 0) {
            String cause = firstCause;
            LOG.warning(() -> batch.failed + " of " + due.size() + " " + what + "(s) could not be handled and wait for the next run;"
                    + " the first, " + cause);
        }
        return batch;
    }

    public int count(O outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    public int failed() {
        return failed;
    }
}
