package io.supportcenter.domain.account;

import java.time.ZoneId;
import java.util.Locale;

/** What the SuperUser can change about a user in User Settings. */
public record UserSettings(String name, String email, Locale language, ZoneId timeZone) {
}
