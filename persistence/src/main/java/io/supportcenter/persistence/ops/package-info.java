/**
 * JPA implementation of the cluster-wide task locks.
 */
package io.supportcenter.persistence.ops;
