package io.supportcenter.domain.signup;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import io.supportcenter.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many sign-ups a client may send per hour and one mailbox may receive per day (policies): each sign-up
 * emails an address the visitor typed, so without a limit the form mails anyone, as often as a script likes.
 */
final class SignUpLimits {

    static final Duration CLIENT_WINDOW = Duration.ofHours(1);
    static final Duration MAILBOX_WINDOW = Duration.ofDays(1);

    static final String THROTTLED_CLIENT = "signup.throttled.client";
    static final String THROTTLED_MAILBOX = "signup.throttled.address";

    private final SignUpRequestRepository requests;

    SignUpLimits(SignUpRequestRepository requests) {
        this.requests = requests;
    }

    /**
     * The mailbox an address delivers to, as far as the address shows it: {@code pat+1@x} and {@code pat+2@x}
     * both reach {@code pat@x}.
     */
    static String mailboxOf(String email) {
        String address = EmailAddress.normalise(email);
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        return at < 0 || plus < 0 || plus > at ? address : address.substring(0, plus) + address.substring(at);
    }

    /** The message key that refuses one more sign-up to {@code email} from {@code actor}, if any. */
    Optional<String> refusal(String email, Caller actor, PolicyValues values, Instant now) {
        if (actor.clientAddress() != null && requests.countForClientSince(actor.clientAddress(), now.minus(CLIENT_WINDOW))
                >= values.number(Policy.SIGNUP_PER_CLIENT_PER_HOUR)) {
            return Optional.of(THROTTLED_CLIENT);
        }
        if (requests.countForMailboxSince(mailboxOf(email), now.minus(MAILBOX_WINDOW)) >= values.number(Policy.SIGNUP_PER_MAILBOX_PER_DAY)) {
            return Optional.of(THROTTLED_MAILBOX);
        }
        return Optional.empty();
    }

    void record(String email, Caller actor, Instant now) {
        requests.add(new SignUpRequest(mailboxOf(email), actor.clientAddress(), now));
    }
}
