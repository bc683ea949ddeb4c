package io.supportcenter.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private static final List<CategoryNode> OLD = List.of(new CategoryNode("account", "Account", true, List.of()));
    private static final List<CategoryNode> NEW = List.of(new CategoryNode("account", "Your account", true, List.of()));

    @Test
    void theTreeIsReadOnceUntilItIsForgotten() {
        CategoryTree tree = new CategoryTree();
        AtomicInteger reads = new AtomicInteger();
        assertEquals(OLD, tree.get(() -> {
            reads.incrementAndGet();
            return OLD;
        }));
        assertSame(tree.get(() -> NEW), tree.get(() -> NEW), "served from the copy");
        assertEquals(OLD, tree.get(() -> NEW));
        assertEquals(1, reads.get());

        tree.forget();
        assertEquals(NEW, tree.get(() -> NEW));
        assertEquals(NEW, tree.get(() -> OLD), "the new copy is kept");
    }

    @Test
    void aReadOverlappingAnEditIsNotKept() {
        CategoryTree tree = new CategoryTree();
        List<CategoryNode> during = tree.get(() -> {
            tree.forget(); // an editor's change commits while this request reads the old tree
            return OLD;
        });
        assertEquals(OLD, during, "this request still gets what it read");
        assertEquals(NEW, tree.get(() -> NEW), "but the next one reads again");
    }
}
