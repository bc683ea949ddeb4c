/**
 * JPA implementations of the failed-login counters and the Login Help request log.
 */
package io.supportcenter.persistence.auth;
