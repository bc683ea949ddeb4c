package io.supportcenter.domain.account;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What it takes to add a user to an account. The password arrives already hashed: the domain never
 * holds a plain password longer than the hashing call.
 */
public record NewUser(String email, String name, String passwordHash, Locale language, ZoneId timeZone) {
}
