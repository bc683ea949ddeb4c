/**
 * Email delivery: composing outbox entries from the mail bundle (plain text and HTML), and the
 * background sender that delivers them over SMTP with retries.
 */
package io.supportcenter.web.mail;
