package io.supportcenter.domain.account;

import java.io.Serializable;

/** A user of the account as Administrative Settings lists it. */
public record UserSummary(long id, String name, String email, String language, String timeZone, boolean enabled,
                          boolean superUser) implements Serializable {

    public static UserSummary of(User user) {
        return new UserSummary(user.getId(), user.getName(), user.getEmail(), user.getLanguage().toLanguageTag(),
                user.getTimeZone().getId(), user.isEnabled(), user.isSuperUser());
    }
}
