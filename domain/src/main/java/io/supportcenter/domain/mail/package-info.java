/**
 * The mail outbox: every email is stored in the transaction of the change that causes it and sent
 * later by a background sender, so a mail server outage delays mail but loses none.
 */
package io.supportcenter.domain.mail;
