/**
 * The supervisors' dashboards (SPEC §7): open inquiries by team and age, first-response times in
 * business hours, auto-closed and reopened counts, deflection rate, top and zero-result searches.
 */
package io.supportcenter.domain.dashboard;
