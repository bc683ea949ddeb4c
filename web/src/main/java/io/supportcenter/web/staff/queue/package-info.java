/** The staff queues ({@code /staff/queues}): team, mine, all teams; paged and filtered in the database. */
package io.supportcenter.web.staff.queue;
