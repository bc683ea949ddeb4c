package io.supportcenter.domain.policy;

import io.supportcenter.domain.contact.LineHours;
import io.supportcenter.domain.shared.EmailAddress;
import io.supportcenter.domain.shared.PhoneNumber;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What a policy's value is, and how a typed value is checked and written canonically. */
public enum PolicyKind {
    WHOLE_NUMBER {
        @Override
        String normalise(Policy policy, String raw) {
            return String.valueOf(number(policy, raw));
        }
    },
    /** Seconds separated by commas, each within the policy's range. */
    SECONDS {
        @Override
        String normalise(Policy policy, String raw) {
            List<String> parts = Arrays.stream(raw.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
            if (parts.isEmpty()) {
                throw new PolicyRefusal(policy, "policy.invalid.seconds");
            }
            return parts.stream().map(part -> String.valueOf(number(policy, part))).collect(Collectors.joining(","));
        }
    },
    /** A time of day, {@code HH:mm}. */
    TIME {
        @Override
        String normalise(Policy policy, String raw) {
            try {
                return LocalTime.parse(raw).withSecond(0).withNano(0).toString();
            } catch (DateTimeParseException e) {
                throw new PolicyRefusal(policy, "policy.invalid.time");
            }
        }
    },
    /** A region time zone such as {@code America/Los_Angeles}. */
    ZONE {
        @Override
        String normalise(Policy policy, String raw) {
            try {
                return ZoneId.of(raw).getId();
            } catch (DateTimeException e) {
                throw new PolicyRefusal(policy, "policy.invalid.zone");
            }
        }
    },
    /** Days {@code yyyy-MM-dd}, separated by commas or line breaks; written sorted without repeats. */
    DATES {
        @Override
        String normalise(Policy policy, String raw) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (String part : raw.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                try {
                    days.add(LocalDate.parse(part));
                } catch (DateTimeParseException e) {
                    throw new PolicyRefusal(policy, "policy.invalid.date", part);
                }
            }
            return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        }
    },
    /** A phone number as people dial it: digits with the usual separators. */
    PHONE {
        @Override
        String normalise(Policy policy, String raw) {
            if (!PhoneNumber.isPlausible(raw)) {
                throw new PolicyRefusal(policy, "policy.invalid.phone");
            }
            return raw;
        }
    },
    /** When a line is staffed: {@code Mon-Fri 06:00-17:00 America/Los_Angeles}. */
    LINE_HOURS {
        @Override
        String normalise(Policy policy, String raw) {
            return LineHours.parse(raw).map(LineHours::written).orElseThrow(() -> new PolicyRefusal(policy, "policy.invalid.line-hours"));
        }
    },
    /** Short texts separated by semicolons or line breaks; written with semicolons. */
    LIST {
        @Override
        String normalise(Policy policy, String raw) {
            List<String> items = Arrays.stream(raw.split("[;\\r\\n]+")).map(String::strip).filter(item -> !item.isEmpty()).toList();
            if (items.stream().anyMatch(item -> item.length() > 200)) {
                throw new PolicyRefusal(policy, "policy.invalid.list-item");
            }
            return String.join(";", items);
        }
    },
    /** An email address. */
    EMAIL {
        @Override
        String normalise(Policy policy, String raw) {
            if (!EmailAddress.isPlausible(raw)) {
                throw new PolicyRefusal(policy, "policy.invalid.email");
            }
            return EmailAddress.normalise(raw);
        }
    },
    YES_NO {
        @Override
        String normalise(Policy policy, String raw) {
            String value = raw.toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new PolicyRefusal(policy, "policy.invalid.yes-no");
            }
            return value;
        }
    },
    /** How Login Help answers: a temporary {@code password} or a reset {@code link}. */
    LOGIN_HELP_MODE {
        @Override
        String normalise(Policy policy, String raw) {
            String value = raw.toLowerCase(Locale.ROOT);
            if (!value.equals("password") && !value.equals("link")) {
                throw new PolicyRefusal(policy, "policy.invalid.login-help-mode");
            }
            return value;
        }
    };

    abstract String normalise(Policy policy, String raw);

    private static int number(Policy policy, String raw) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= policy.min() && value <= policy.max()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw new PolicyRefusal(policy, "policy.invalid.number", policy.min(), policy.max());
    }
}
