package io.supportcenter.domain.kb;

/** A category of the starting knowledge base; {@code parentSlug} is null for a top-level one. */
public record SeedCategory(String slug, String name, String parentSlug, String teamCode, boolean featured, int position) {
}
