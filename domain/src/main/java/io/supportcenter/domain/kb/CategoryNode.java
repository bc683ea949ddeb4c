package io.supportcenter.domain.kb;

import java.io.Serializable;
import java.util.List;

/** A category as readers browse it, with its sub-categories. */
public record CategoryNode(String slug, String name, boolean featured, List<CategoryNode> children) implements Serializable {
}
