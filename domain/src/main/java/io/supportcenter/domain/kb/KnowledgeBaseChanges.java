package io.supportcenter.domain.kb;

/**
 * Port to a counter that every knowledge-base edit raises, so that each node (with its own search
 * index and no shared disk) can see within seconds that it must refresh.
 */
public interface KnowledgeBaseChanges {

    void raise();

    long current();
}
