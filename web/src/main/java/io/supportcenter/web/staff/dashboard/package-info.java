/** The supervisors' dashboards ({@code /staff/dashboards}): figures, charts and their CSV export. */
package io.supportcenter.web.staff.dashboard;
