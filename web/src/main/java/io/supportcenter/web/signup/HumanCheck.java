package io.supportcenter.web.signup;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-up form's check that a person, not a script, is sending it: an ALTCHA proof of work, made and
 * checked here, solved in the visitor's browser by the self-hosted ALTCHA widget (no third party, works
 * offline, a labelled checkbox for keyboard and screen reader). Each challenge is kept with the form's view
 * and counts once; the signature key may be set for a cluster ({@code support.signup.challenge-key}), or
 * each node makes its own at start.
 */
@ApplicationScoped
public class HumanCheck {

    static final Duration VALID_FOR = Duration.ofMinutes(30);

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
     * Whether {@code payload} (the widget's base64 JSON answer) solves exactly the challenge this form was given,
     * in time, with this server's signature.
     */
    public boolean solves(Issued issued, String payload) {
        if (issued == null || payload == null || payload.isBlank() || payload.length() > 4_000
                || !clock.instant().isBefore(issued.expires())) {
            return false;
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getDecoder().decode(payload.strip()), StandardCharsets.UTF_8)))) {
            JsonObject answer = reader.readObject();
            if (!issued.challenge().equals(answer.getString("challenge", null)) || !(answer.get("number") instanceof JsonNumber number)) {
                return false;
            }
            Altcha.Payload solution = new Altcha.Payload();
            solution.algorithm = answer.getString("algorithm", "");
            solution.challenge = answer.getString("challenge");
            solution.number = number.longValueExact();
            solution.salt = answer.getString("salt", "");
            solution.signature = answer.getString("signature", "");
            // expiry is checked above against the portal's clock (the library would read the system's)
            return Altcha.verifySolution(solution, key, false);
        } catch (IllegalArgumentException | JsonException | ClassCastException | ArithmeticException e) {
            return false;
        } catch (Exception e) {
            // the library declares Exception; anything it throws means the answer cannot be checked
            return false;
        }
    }

    /** A challenge given to one form: its hash (to recognise the answer), the JSON the widget reads, its end. */
    public record Issued(String challenge, String json, Instant expires) implements Serializable {
    }
}
