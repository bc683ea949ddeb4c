package io.supportcenter.web.inquiry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting the inquiry pages share: times in the reader's zone, sizes people read. */
final class InquiryPages {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a z", Locale.ENGLISH);

    private InquiryPages() {
    }

    static String dateTime(Instant moment, ZoneId zone) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(zone));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
