/**
 * JPA implementation of the audit log store.
 */
package io.supportcenter.persistence.audit;
