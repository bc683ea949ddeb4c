package io.supportcenter.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.altcha.altcha.Altcha;

/** Solves the sign-up form's ALTCHA challenge the way the widget in a browser does, and answers as it would. */
public final class ProofOfWork {

    private ProofOfWork() {
    }

    /** The widget's answer (base64 JSON) to the challenge the page gave it in its challengejson attribute. */
    public static String answer(String challengeJson) {
        JsonObject challenge;
        try (var reader = Json.createReader(new StringReader(challengeJson))) {
            challenge = reader.readObject();
        }
        String algorithm = challenge.getString("algorithm");
        String hash = challenge.getString("challenge");
        String salt = challenge.getString("salt");
        long max = challenge.getJsonNumber("maxnumber").longValueExact();
        try {
            Altcha.Solution solution = Altcha.solveChallenge(hash, salt, Altcha.Algorithm.valueOf(algorithm.replace("-", "")), max, 0);
            if (solution == null) {
                throw new AssertionError("the challenge has no solution up to " + max);
            }
            return encode(algorithm, hash, solution.number, salt, challenge.getString("signature"));
        } catch (Exception e) {
            throw new IllegalStateException("could not solve " + challengeJson, e);
        }
    }

    /** An answer with the given number, right or not. */
    public static String encode(String algorithm, String challenge, long number, String salt, String signature) {
        String json = Json.createObjectBuilder().add("algorithm", algorithm).add("challenge", challenge).add("number", number)
                .add("salt", salt).add("signature", signature).add("took", 100).build().toString();
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
