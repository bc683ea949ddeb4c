/**
 * Administration pages of the staff console (admins only): the mail outbox and the audit log.
 */
package io.supportcenter.web.staff.admin;
