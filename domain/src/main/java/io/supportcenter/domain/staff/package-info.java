/**
 * The network's support staff: their roles (agent, editor, supervisor, admin) and the teams that own
 * the queues.
 */
package io.supportcenter.domain.staff;
