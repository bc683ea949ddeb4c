package io.supportcenter.web.mail;

/** An email ready to send or show: subject, plain text and HTML. */
public record ComposedMail(String recipient, String subject, String text, String html) {
}
