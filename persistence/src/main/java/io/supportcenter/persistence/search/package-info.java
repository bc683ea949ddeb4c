/** What the node's Lucene indexes (topics, solved inquiries) share: where and how each is kept. */
package io.supportcenter.persistence.search;
