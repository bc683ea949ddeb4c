package io.supportcenter.domain.kb;

/**
 * What a search index kept on disk reflects: the knowledge base of the database named {@code databaseKey}, up to
 * and including its change {@code change}.
 */
public record IndexVersion(String databaseKey, long change) {
}
