package io.supportcenter.domain.auth;

import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules of SPEC §3: at least 12 characters, not the user's email (nor its local part),
 * not a commonly used password. The result is a list of message keys, empty when the password is
 * acceptable, so that a form can show every problem next to the field at once.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase, short enough that hashing cannot be abused. */
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this(CommonPasswords.load());
    }

    PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    public List<String> violations(String password, String email) {
        List<String> keys = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            keys.add("password.policy.too-short");
        }
        if (length > MAX_LENGTH) {
            keys.add("password.policy.too-long");
        }
        String lower = candidate.strip().toLowerCase(Locale.ROOT);
        String normalisedEmail = EmailAddress.normalise(email);
        if (!normalisedEmail.isEmpty()) {
            String localPart = normalisedEmail.substring(0, Math.max(0, normalisedEmail.indexOf('@')));
            if (lower.equals(normalisedEmail) || (!localPart.isEmpty() && lower.equals(localPart))) {
                keys.add("password.policy.same-as-email");
            }
        }
        if (commonPasswords.contains(lower)) {
            keys.add("password.policy.common");
        }
        return List.copyOf(keys);
    }

    /**
     * Checks a new password typed twice: every rule, and that both entries are the same.
     *
     * @throws PasswordPolicyException listing every problem at once
     */
    public void requireAcceptable(String password, String confirmation, String email) {
        List<String> problems = new ArrayList<>(violations(password, email));
        if (password != null && !password.equals(confirmation)) {
            problems.add("password.confirmation.mismatch");
        }
        if (!problems.isEmpty()) {
            throw new PasswordPolicyException(problems);
        }
    }

    public boolean isCommon(String password) {
        return password != null && commonPasswords.contains(password.strip().toLowerCase(Locale.ROOT));
    }
}
