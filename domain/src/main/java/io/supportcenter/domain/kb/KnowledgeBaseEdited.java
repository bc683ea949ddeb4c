package io.supportcenter.domain.kb;

/**
 * Fired inside the transaction of every editor change. Observers that act once it is committed
 * (this node's index and Most Popular Topics) get what the index needs of a changed topic, or null
 * when the change touched categories (then the whole index is rebuilt).
 */
public record KnowledgeBaseEdited(IndexedTopic topic) {
}
