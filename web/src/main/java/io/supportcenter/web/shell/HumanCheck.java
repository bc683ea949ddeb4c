package io.supportcenter.web.shell;

import io.supportcenter.domain.auth.PassedCheck;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The check that a person, not a script, is sending a form (the sign-up always; a login once its address failed
 * too often): an ALTCHA proof of work, made and
 * checked here, solved in the visitor's browser by the self-hosted ALTCHA widget (no third party, works
 * offline, a labelled checkbox for keyboard and screen reader). The page keeps nothing between requests:
 * the form names the challenge it was given, the answer must solve that one, and a solved check travels
 * back with the form as a signed proof while the other fields are put right; the sign-up spends it, once
 * across all nodes ({@link io.supportcenter.domain.auth.SpentChallenges}). The signature key may be set
 * for a cluster ({@code support.signup.challenge-key}), or each node makes its own at start.
 */
@ApplicationScoped
public class HumanCheck {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final Pattern EXPIRES = Pattern.compile("[?&]expires=(\\d{1,12})(?:&|$)");

    @Inject
    @ConfigProperty(name = "support.signup.challenge-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "support.signup.challenge-max-number", defaultValue = "100000")
    long maxNumber;

    @Inject
    Clock clock;

    private String key;

    @PostConstruct
    void init() {
        key = configuredKey.filter(k -> !k.isBlank()).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return HexFormat.of().formatHex(random);
        });
    }

    /** The form fields the widget's answer and its challenge's id travel in. */
    public static final String ANSWER_PARAMETER = "altcha";
    public static final String CHALLENGE_PARAMETER = "human-check-for";

    /** The widget's texts in the page's language (its own are English only), as its {@code strings} attribute. */
    public static String widgetStrings() {
        return Json.createObjectBuilder()
                .add("label", Texts.text("signup.challenge.label"))
                .add("verifying", Texts.text("signup.challenge.verifying"))
                .add("waitAlert", Texts.text("signup.challenge.wait"))
                .add("verified", Texts.text("signup.challenge.verified"))
                .add("verificationRequired", Texts.text("signup.challenge.required"))
                .add("error", Texts.text("signup.challenge.error"))
                .add("expired", Texts.text("signup.challenge.expired"))
                .add("loading", Texts.text("signup.challenge.loading"))
                .add("reload", Texts.text("signup.challenge.reload"))
                .add("footer", "")
                .add("ariaLinkLabel", "")
                .build().toString();
    }

    /** A new challenge for one form. */
    public Issued issue() {
        try {
            Instant expires = clock.instant().plus(VALID_FOR);
            Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setMaxNumber(maxNumber).setHmacKey(key).setExpires(expires.getEpochSecond()));
            String json = Json.createObjectBuilder().add("algorithm", challenge.algorithm).add("challenge", challenge.challenge)
                    .add("maxnumber", challenge.maxnumber).add("salt", challenge.salt).add("signature", challenge.signature)
                    .build().toString();
            return new Issued(challenge.challenge, json, expires);
        } catch (Exception e) {
            throw new IllegalStateException("could not make a sign-up challenge", e);
        }
    }

    /**
     * The check {@code payload} (the widget's base64 JSON answer) passes: it must solve exactly {@code challenge},
     * the one this form was given, in time, signed by this server.
     */
    public Optional<PassedCheck> verify(String challenge, String payload) {
        if (challenge == null || payload == null || payload.isBlank() || payload.length() > 4_000) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getDecoder().decode(payload.strip()), StandardCharsets.UTF_8)))) {
            JsonObject answer = reader.readObject();
            if (!challenge.equals(answer.getString("challenge", null)) || !(answer.get("number") instanceof JsonNumber number)) {
                return Optional.empty();
            }
            Altcha.Payload solution = new Altcha.Payload();
            solution.algorithm = answer.getString("algorithm", "");
            solution.challenge = answer.getString("challenge");
            solution.number = number.longValueExact();
            solution.salt = answer.getString("salt", "");
            solution.signature = answer.getString("signature", "");
            // The end is part of the salt, which the signed challenge covers; checked against the portal's clock
            // (the library would read the system's).
            Optional<Instant> expires = expiresOf(solution.salt);
            if (expires.isEmpty() || !clock.instant().isBefore(expires.get()) || !Altcha.verifySolution(solution, key, false)) {
                return Optional.empty();
            }
            return Optional.of(new PassedCheck(challenge, expires.get()));
        } catch (IllegalArgumentException | JsonException | ClassCastException | ArithmeticException e) {
            return Optional.empty();
        } catch (Exception e) {
            // the library declares Exception; anything it throws means the answer cannot be checked
            return Optional.empty();
        }
    }

    /** A passed check as the form carries it back: the challenge, its end, and this server's signature of both. */
    public String proofOf(PassedCheck check) {
        String signed = check.challenge() + "." + check.expires().getEpochSecond();
        return signed + "." + sign(signed);
    }

    /** The passed check a proof from {@link #proofOf} names, while it is still valid. */
    public Optional<PassedCheck> fromProof(String proof) {
        if (proof == null || proof.length() > 300) {
            return Optional.empty();
        }
        int last = proof.lastIndexOf('.');
        int middle = last < 0 ? -1 : proof.lastIndexOf('.', last - 1);
        if (middle <= 0 || !MessageDigest.isEqual(sign(proof.substring(0, last)).getBytes(StandardCharsets.US_ASCII),
                proof.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(proof.substring(middle + 1, last)));
            return clock.instant().isBefore(expires) ? Optional.of(new PassedCheck(proof.substring(0, middle), expires)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> expiresOf(String salt) {
        Matcher expires = EXPIRES.matcher(salt);
        try {
            return expires.find() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(expires.group(1)))) : Optional.empty();
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("proof:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A challenge given to one form: its hash (to recognise the answer), the JSON the widget reads, its end. */
    public record Issued(String challenge, String json, Instant expires) {
    }
}
