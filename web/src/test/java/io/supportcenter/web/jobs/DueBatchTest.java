package io.supportcenter.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueBatchTest {

    private enum Outcome { DONE, NOTHING }

    @Test
    void anItemThatFailsIsCountedAndTheOthersGoOn() {
        List<Long> handled = new ArrayList<>();
        DueBatch<Outcome> batch = DueBatch.run(List.of(1L, 2L, 3L, 4L), id -> {
            if (id == 2L) {
                throw new IllegalStateException("row locked too long");
            }
            handled.add(id);
            return id == 4L ? Outcome.NOTHING : Outcome.DONE;
        }, Outcome.class, "inquiry");
        assertEquals(List.of(1L, 3L, 4L), handled);
        assertEquals(2, batch.count(Outcome.DONE));
        assertEquals(1, batch.count(Outcome.NOTHING));
        assertEquals(1, batch.failed());
    }
}
