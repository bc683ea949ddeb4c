package io.supportcenter.domain.inquiry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as a member reads it in an email: in their language and their time zone, with the zone. */
final class MemberTimes {

    private MemberTimes() {
    }

    static String format(Instant moment, Locale language, ZoneId zone) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language);
        var local = moment.atZone(zone);
        return date.format(local) + ", " + time.format(local) + " " + DateTimeFormatter.ofPattern("zzz", language).format(local);
    }
}
