package io.supportcenter.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A GreenMail SMTP server on the port the portal was booted with (it.smtp.port), and ways to wait
 * for and read what the portal sent.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern SYSTEM_PASSWORD = Pattern.compile("(?m)^ {4}(\\S{12,})\\s*$");

    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    public static Mailbox start() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port"));
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new Mailbox(server);
    }

    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, recipient)).toList();
    }

    /** Waits until {@code count} messages have arrived for {@code recipient} and returns the last. */
    public MimeMessage await(String recipient, int count, Duration timeout) {
        Awaitility.await("email number " + count + " for " + recipient).atMost(timeout).until(() -> to(recipient).size() >= count);
        return to(recipient).get(count - 1);
    }

    /** Waits for a mail to {@code recipient} whose subject contains {@code text} (other mails may arrive too) and returns it. */
    public MimeMessage awaitSubject(String recipient, String text, Duration timeout) {
        Awaitility.await("an email to " + recipient + " about \"" + text + "\"").atMost(timeout)
                .until(() -> to(recipient).stream().anyMatch(m -> subject(m).contains(text)));
        return to(recipient).stream().filter(m -> subject(m).contains(text)).findFirst().orElseThrow();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        return (String) part.getContent();
                    }
                }
            }
            return String.valueOf(content);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        try {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system password of a Login Help email: the line set apart by indentation. */
    public static String systemPassword(MimeMessage message) {
        Matcher matcher = SYSTEM_PASSWORD.matcher(text(message));
        if (!matcher.find()) {
            fail("no system password in the email:\n" + text(message));
        }
        return matcher.group(1);
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
