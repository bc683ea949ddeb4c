package io.supportcenter.domain.kb;

import java.io.Serializable;

/**
 * A category as the editor's tree shows it: in tree order, {@code depth} 0 for a top-level one,
 * with its owning team and how many topics it holds directly.
 */
public record EditorCategory(long id, String slug, String name, Long parentId, int depth, String teamCode,
                             String teamName, boolean featured, boolean first, boolean last, long topics) implements Serializable {
}
