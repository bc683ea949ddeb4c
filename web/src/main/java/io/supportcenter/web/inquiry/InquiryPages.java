package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.CloseReason;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.web.shell.Texts;
import java.util.Locale;

/** Formatting the inquiry pages share: sizes people read (moments: {@link io.supportcenter.web.shell.Moments}). */
final class InquiryPages {

    private InquiryPages() {
    }

    /**
     * "840 B", "12 KB", "10 MB", "1.5 MB": whole kilobytes, and megabytes as the attachment limit is written ("larger
     * than 10 MB"). Not OmniFaces' {@code of:formatBytes}, which writes "12.0 KiB" and "10.0 MiB".
     */
    static String size(long bytes) {
        if (bytes < 1024) {
            return Texts.text("size.bytes", String.valueOf(bytes));
        }
        if (bytes < 1024 * 1024) {
            return Texts.text("size.kilobytes", String.valueOf((bytes + 512) / 1024));
        }
        if (bytes % (1024 * 1024) == 0) {
            return Texts.text("size.megabytes", String.valueOf(bytes / (1024 * 1024)));
        }
        return Texts.text("size.megabytes", String.format(Locale.ENGLISH, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /**
     * Who closed it, as its reader is told: "You closed it" to the member who did, "Closed by Sam Lee" to the other
     * users of the account, and the team or the automatic close for the others.
     */
    static String closedBy(InquiryViews.Closure closure) {
        return Texts.text("inquiry.closed-by." + who(closure), closure.byName());
    }

    /**
     * The closure's key suffix: YOU, MEMBER (another user of the account), ACCOUNT (a user of the account whose name
     * the record does not hold), BY_STAFF or AUTOMATIC.
     */
    static String who(InquiryViews.Closure closure) {
        if (closure.reason() == CloseReason.BY_MEMBER) {
            return closure.byReader() ? "YOU" : closure.byName() == null ? "ACCOUNT" : "MEMBER";
        }
        return closure.reason().name();
    }
}
