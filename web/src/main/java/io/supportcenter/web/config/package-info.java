/**
 * Wiring and start-up: configuration read from MicroProfile Config, the clock, the password hasher,
 * and the start-up sequence (migrate, demo data, report).
 */
package io.supportcenter.web.config;
