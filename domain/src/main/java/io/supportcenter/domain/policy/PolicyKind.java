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
        String expectation(Policy policy) {
            return "numbers of seconds separated by commas";
        }

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
        String expectation(Policy policy) {
            return "a time of day as HH:mm, such as 06:00";
        }

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
        String expectation(Policy policy) {
            return "a time zone such as America/Los_Angeles";
        }

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
        String expectation(Policy policy) {
            return "days as yyyy-MM-dd separated by commas";
        }

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
        String expectation(Policy policy) {
            return "a phone number with at least 6 digits";
        }

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
        String expectation(Policy policy) {
            return "days, hours and a time zone such as Mon-Fri 06:00-17:00 America/Los_Angeles";
        }

        @Override
        String normalise(Policy policy, String raw) {
            return LineHours.parse(raw).map(LineHours::written).orElseThrow(() -> new PolicyRefusal(policy, "policy.invalid.line-hours"));
        }
    },
    /** Short texts separated by semicolons or line breaks; written with semicolons. */
    LIST {
        @Override
        String expectation(Policy policy) {
            return "entries of at most 200 characters separated by semicolons";
        }

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
        String expectation(Policy policy) {
            return "an email address";
        }

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
        String expectation(Policy policy) {
            return "true or false";
        }

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
        String expectation(Policy policy) {
            return "password or link";
        }

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

    /** What a value of this kind must be, in English for the log. */
    String expectation(Policy policy) {
        return "a whole number from " + policy.min() + " to " + policy.max();
    }

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
