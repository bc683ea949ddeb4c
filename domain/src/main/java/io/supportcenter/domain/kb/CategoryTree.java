package io.supportcenter.domain.kb;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * This node's copy of the category tree, which every member page shows and which changes only when
 * an editor changes a category. It is dropped right after an edit on this node and, for edits on
 * other nodes, when the knowledge base's change counter moves (checked every
 * {@code support.kb.sync-seconds} by {@code KnowledgeBaseSync}, like the search index).
 */
@ApplicationScoped
public class CategoryTree {

    private record Copy(long generation, List<CategoryNode> roots) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Copy copy;

    /** The cached tree, or {@code read}'s (kept unless the tree was dropped while it was read). */
    public List<CategoryNode> get(Supplier<List<CategoryNode>> read) {
        long current = generation.get();
        Copy cached = copy;
        if (cached != null && cached.generation() == current) {
            return cached.roots();
        }
        List<CategoryNode> roots = List.copyOf(read.get());
        // A read that started before a drop may hold the old tree: keep it only if no drop came since.
        if (generation.get() == current) {
            copy = new Copy(current, roots);
        }
        return roots;
    }

    /** Forgets the tree; the next {@link #get} reads it again. */
    public void forget() {
        generation.incrementAndGet();
    }
}
