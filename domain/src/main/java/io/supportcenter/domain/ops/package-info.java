/**
 * Running the portal: once-only tasks shared by every node, and the database status that readiness
 * and the start-up log report.
 */
package io.supportcenter.domain.ops;
