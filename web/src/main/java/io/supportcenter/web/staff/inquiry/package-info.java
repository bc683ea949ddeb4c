/**
 * The staff side of one inquiry ({@code /staff/inquiries/{number}}): claim, reply, internal note,
 * transfer, close. The queues and the full workspace come with the staff-console issue.
 */
package io.supportcenter.web.staff.inquiry;
