package io.supportcenter.domain.auth;

import io.supportcenter.domain.shared.EmailAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose password is being chosen: the words of their email address, name and company are the first an attacker
 * who knows them tries, so the policy treats them as a dictionary of their own.
 *
 * @param company the account's company name; empty for staff
 */
public record PasswordOwner(String email, String name, String company) {

    /** Shorter words turn up inside too many good passwords to count against them. */
    private static final int MIN_WORD_LENGTH = 4;

    public PasswordOwner {
        email = EmailAddress.normalise(email);
        name = name == null ? "" : name;
        company = company == null ? "" : company;
    }

    public static PasswordOwner withEmail(String email) {
        return new PasswordOwner(email, "", "");
    }

    /** The email address before the {@code @}, or empty. */
    public String localPart() {
        int at = email.indexOf('@');
        return at < 0 ? "" : email.substring(0, at);
    }

    /** The whole email, its local part, the name and the company, each whole and word by word, lower case. */
    List<String> words() {
        Set<String> words = new LinkedHashSet<>();
        for (String text : List.of(email, localPart(), name, company)) {
            String lower = text.toLowerCase(Locale.ROOT).strip();
            add(words, lower);
            add(words, lower.replaceAll("[^\\p{L}\\p{N}]+", ""));
            for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
                add(words, word);
            }
        }
        return List.copyOf(words);
    }

    private static void add(Set<String> words, String word) {
        if (word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH) {
            words.add(word);
        }
    }
}
