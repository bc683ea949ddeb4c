/**
 * JPA implementation of the mail outbox, with the conditional update that lets one node claim a mail.
 */
package io.supportcenter.persistence.mail;
