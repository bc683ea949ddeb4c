/**
 * The knowledge base: categories, topics with their visibility, helpful votes, views and the search
 * log that feed Most Popular Topics and the content-gap report.
 */
package io.supportcenter.domain.kb;
