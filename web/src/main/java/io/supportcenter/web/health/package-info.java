/**
 * MicroProfile Health checks (served by Payara at /health) and the background jobs' run counters (at /metrics).
 */
package io.supportcenter.web.health;
