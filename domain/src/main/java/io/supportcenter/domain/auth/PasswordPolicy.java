package io.supportcenter.domain.auth;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Match;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of SPEC §3: at least 12 characters, not the user's email (nor its local part), not a
 * commonly used password, and not easy to guess: zxcvbn estimates the guesses an attacker needs, knowing the
 * owner's email, name and company. The password is judged exactly as typed (spaces included), since that is what
 * gets hashed. The result is a list of message keys, empty when the password is acceptable; each key says what to
 * do, so a form shows them next to the field.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase, short enough that hashing and estimating cannot be abused. */
    public static final int MAX_LENGTH = 128;
    /** The new password is the one in use or the one before it. */
    public static final String REUSED = "password.policy.reused";
    /**
     * zxcvbn's score 3: at least 10^8 guesses, "safely unguessable" against online attacks and some protection
     * should the hashes ever leak.
     */
    static final int MIN_SCORE = 3;

    private static final String USER_INPUTS = "user_inputs";

    private final Set<String> commonPasswords;
    private final Zxcvbn estimator;

    public PasswordPolicy() {
        this(CommonPasswords.load());
    }

    PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
        try {
            this.estimator = new ZxcvbnBuilder()
                    .dictionaries(StandardDictionaries.loadAllDictionaries())
                    .keyboards(StandardKeyboards.loadAllKeyboards())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's dictionaries could not be read", e);
        }
    }

    public List<String> violations(String password, PasswordOwner owner) {
        List<String> keys = new ArrayList<>();
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            keys.add("password.policy.too-short");
        }
        if (length > MAX_LENGTH) {
            keys.add("password.policy.too-long");
            return List.copyOf(keys);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        String localPart = owner.localPart();
        if (!owner.email().isEmpty() && (lower.equals(owner.email()) || (!localPart.isEmpty() && lower.equals(localPart)))) {
            keys.add("password.policy.same-as-email");
        }
        if (commonPasswords.contains(lower)) {
            keys.add("password.policy.common");
        }
        if (keys.isEmpty()) {
            guessability(candidate, owner).ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    private Optional<String> guessability(String candidate, PasswordOwner owner) {
        if (candidate.isBlank()) {
            return Optional.of("password.policy.blank");
        }
        Strength strength = estimator.measure(candidate, owner.words());
        List<Match> matches = strength.getSequence();
        if (matches.stream().anyMatch(match -> USER_INPUTS.equals(match.dictionaryName))) {
            return Optional.of("password.policy.personal");
        }
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        return Optional.of(adviceFor(matches));
    }

    /** The advice for the kind of pattern that covers most of the password. */
    private static String adviceFor(List<Match> matches) {
        Map<Pattern, Integer> covered = new EnumMap<>(Pattern.class);
        for (Match match : matches) {
            covered.merge(kindOf(match), match.tokenLength(), Integer::sum);
        }
        covered.remove(Pattern.Bruteforce);
        return covered.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(entry -> switch (entry.getKey()) {
                    case Repeat -> "password.policy.repeats";
                    case Sequence -> "password.policy.sequence";
                    case Spatial -> "password.policy.keyboard";
                    case Date, Regex -> "password.policy.dates";
                    case Dictionary -> "password.policy.common-words";
                    default -> "password.policy.guessable";
                })
                .orElse("password.policy.guessable");
    }

    /** zxcvbn reads "aaaa" as a sequence with no step; a person calls it a repeat. */
    private static Pattern kindOf(Match match) {
        if (match.pattern == Pattern.Sequence && match.token.codePoints().distinct().count() == 1) {
            return Pattern.Repeat;
        }
        return match.pattern;
    }

    /**
     * Whether the new password is one the owner has used: the one it replaces or the one before that. Asked
     * only of a password the rules accept, since each comparison costs a full hash.
     */
    static boolean isRecentlyUsed(String password, List<String> recentHashes, PasswordHasher hasher) {
        if (password == null) {
            return false;
        }
        for (String hash : recentHashes) {
            char[] typed = password.toCharArray();
            try {
                if (hasher.verify(typed, hash).matches()) {
                    return true;
                }
            } finally {
                PasswordHasher.wipe(typed);
            }
        }
        return false;
    }

    /**
     * Checks a user's new password typed twice: every rule, that both entries are the same, and (once those hold)
     * that it is neither the password in use nor the one before it ({@code recentHashes}).
     *
     * @throws PasswordPolicyException listing every problem at once
     */
    public void requireNew(String password, String confirmation, PasswordOwner owner, List<String> recentHashes, PasswordHasher hasher) {
        requireAcceptable(password, confirmation, owner);
        if (isRecentlyUsed(password, recentHashes, hasher)) {
            throw new PasswordPolicyException(List.of(REUSED));
        }
    }

    /**
     * Checks a new password typed twice: every rule, and that both entries are the same.
     *
     * @throws PasswordPolicyException listing every problem at once
     */
    public void requireAcceptable(String password, String confirmation, PasswordOwner owner) {
        List<String> problems = new ArrayList<>(violations(password, owner));
        if (password != null && !password.equals(confirmation)) {
            problems.add("password.confirmation.mismatch");
        }
        if (!problems.isEmpty()) {
            throw new PasswordPolicyException(problems);
        }
    }
}
