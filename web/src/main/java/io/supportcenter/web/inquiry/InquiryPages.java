package io.supportcenter.web.inquiry;

import java.util.Locale;

/** Formatting the inquiry pages share: sizes people read (moments: {@link io.supportcenter.web.shell.Moments}). */
final class InquiryPages {

    private InquiryPages() {
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
