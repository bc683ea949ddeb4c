package io.supportcenter.it.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.altcha.altcha.Altcha;

/** Solves the sign-up form's ALTCHA challenge the way the widget in a browser does, and answers as it would. */
public final class ProofOfWork {

    private ProofOfWork() {
    }

    /** The widget's answer (base64 JSON) to the challenge the page gave it in its challengejson attribute. */
    public static String answer(String challengeJson) {
        Map<String, Object> challenge = Json.object(Json.parse(challengeJson), "challenge");
        String algorithm = Json.scalar(challenge.get("algorithm"));
        String hash = Json.scalar(challenge.get("challenge"));
        String salt = Json.scalar(challenge.get("salt"));
        long max = Long.parseLong(Json.scalar(challenge.get("maxnumber")));
        try {
            Altcha.Solution solution = Altcha.solveChallenge(hash, salt, Altcha.Algorithm.valueOf(algorithm.replace("-", "")), max, 0);
            if (solution == null) {
                throw new AssertionError("the challenge has no solution up to " + max);
            }
            return encode(algorithm, hash, solution.number, salt, Json.scalar(challenge.get("signature")));
        } catch (Exception e) {
            throw new IllegalStateException("could not solve " + challengeJson, e);
        }
    }

    /** An answer with the given number, right or not. */
    public static String encode(String algorithm, String challenge, long number, String salt, String signature) {
        String json = "{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + challenge + "\",\"number\":" + number
                + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\",\"took\":100}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
