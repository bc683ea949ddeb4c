package io.supportcenter.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewContextPrunerTest {

    @Test
    void theContextsOfDroppedViewMapsGoAndThoseOfActiveOnesStay() {
        Map<String, Object> active = Collections.synchronizedMap(new LinkedHashMap<>(Map.of("view-3", Map.of(), "view-4", Map.of())));
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", "beans of 1", "view-2", "beans of 2",
                "view-3", "beans of 3", "view-4", "beans of 4"));

        assertTrue(ViewContextPruner.prune(contexts, active));
        assertEquals(Set.of("view-3", "view-4"), contexts.keySet());
        assertEquals("beans of 3", contexts.get("view-3"));
        assertFalse(ViewContextPruner.prune(contexts, active), "nothing left to remove");
    }

    @Test
    void aSessionWithoutViewScopeIsLeftAlone() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", "beans of 1"));
        assertFalse(ViewContextPruner.prune(null, Map.of()));
        assertFalse(ViewContextPruner.prune(contexts, null), "no active view maps yet: nothing is known to be gone");
        assertEquals(Set.of("view-1"), contexts.keySet());
    }
}
