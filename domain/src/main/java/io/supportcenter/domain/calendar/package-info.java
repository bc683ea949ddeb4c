/**
 * Business time (SPEC §6): the support calendar of working days and hours minus holidays, and the
 * arithmetic on it that service levels need. Pure Java, no framework.
 */
package io.supportcenter.domain.calendar;
