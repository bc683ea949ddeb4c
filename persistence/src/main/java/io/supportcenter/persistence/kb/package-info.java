/**
 * The knowledge base's storage: JPA repositories, the change counter, and the Lucene search index
 * each node keeps in memory.
 */
package io.supportcenter.persistence.kb;
