package io.supportcenter.web.api;

import io.supportcenter.domain.commission.ApiKey;
import io.supportcenter.domain.commission.ApiKeys;
import io.supportcenter.domain.commission.CommissionInput;
import io.supportcenter.domain.commission.CommissionIntake;
import io.supportcenter.domain.commission.CommissionIntake.Outcome;
import io.supportcenter.domain.commission.CommissionIntake.Status;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/commissions}: one commission record (a JSON object) or a batch (an array) from
 * an integration. Every record gets its own outcome; the answer is 200 when none was refused and 422
 * when some were (the others are kept all the same). A missing or wrong key answers 401, a body that is
 * not JSON (or nested deeper than a batch needs) 400, a body over the size limit 413 before it is read, a key over
 * its requests per minute 429.
 */
@Path("v1/commissions")
@RequestScoped
public class CommissionResource {

    @Inject
    ApiKeys keys;

    @Inject
    CommissionIntake intake;

    @Inject
    Policies policies;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    Clock clock;

    /**
     * A record is two levels deep and a batch three: anything much deeper is an attack on the parser's stack, refused
     * as malformed (Parsson's own limit is 1,000 levels).
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", 16));

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report commission activity", description = "A record is {externalId, accountNumber, amount, currency,"
            + " eventTime (ISO-8601 instant), valid}. A repeated externalId is counted once.")
    @APIResponse(responseCode = "200", description = "Every record accepted or already known")
    @APIResponse(responseCode = "422", description = "Some records refused; each result says why")
    @APIResponse(responseCode = "400", description = "The body is not JSON, or holds too many records")
    @APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key")
    @APIResponse(responseCode = "413", description = "The body is over support.api.max-body-kb; checked before it is read")
    @APIResponse(responseCode = "429", description = "Over support.api.requests-per-minute for this key; Retry-After says when to try again")
    public Response report(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        Optional<ApiKey> key = keys.authenticate(bearer(authorization));
        if (key.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(error("api-key")).build();
        }
        PolicyValues values = policies.now();
        Optional<Duration> wait = rateLimit.acquire(key.get().getId(), values.number(Policy.API_REQUESTS_PER_MINUTE), clock);
        if (wait.isPresent()) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.get().toSeconds()))
                    .entity(error("too-many-requests")).build();
        }
        long limit = values.number(Policy.API_MAX_BODY_KB) * 1024L;
        if (length != null && length > limit) {
            return tooLarge(limit);
        }
        List<CommissionInput> records;
        try (JsonReader reader = READERS.createReader(new BoundedBody(body, limit), StandardCharsets.UTF_8)) {
            records = inputs(reader.read());
        } catch (RuntimeException e) {
            // JsonException for broken JSON or a body cut at its limit; Parsson's depth limit throws a plain
            // RuntimeException: all of them are the caller's mistake.
            if (e.getCause() instanceof BoundedBody.TooLarge) {
                return tooLarge(limit);
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(error("malformed-json")).build();
        }
        if (records.isEmpty() || records.size() > CommissionIntake.MAX_BATCH) {
            return Response.status(Response.Status.BAD_REQUEST).entity(error("batch-size")).build();
        }
        List<Outcome> outcomes = intake.receive(records, "api-key:" + key.get().getId());
        boolean refused = outcomes.stream().anyMatch(outcome -> outcome.status() == Status.REFUSED);
        return Response.status(refused ? 422 : 200).entity(report(outcomes)).build();
    }

    private static Response tooLarge(long limit) {
        return Response.status(413).entity(Json.createObjectBuilder().add("error", "too-large").add("limitBytes", limit).build()).build();
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    private static List<CommissionInput> inputs(JsonStructure json) {
        List<CommissionInput> records = new ArrayList<>();
        if (json.getValueType() == JsonValue.ValueType.OBJECT) {
            records.add(input(json));
        } else {
            json.asJsonArray().forEach(value -> records.add(input(value)));
        }
        return records;
    }

    /** A record with every field that has the right type; a wrong or missing one stays null and is refused by name. */
    private static CommissionInput input(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject record = value.asJsonObject();
        return new CommissionInput(text(record, "externalId"), text(record, "accountNumber"), amount(record), text(record, "currency"),
                instant(record), flag(record));
    }

    private static String text(JsonObject record, String name) {
        JsonValue value = record.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? record.getString(name) : null;
    }

    private static BigDecimal amount(JsonObject record) {
        JsonValue value = record.get("amount");
        if (value == null) {
            return null;
        }
        try {
            return switch (value.getValueType()) {
                case NUMBER -> record.getJsonNumber("amount").bigDecimalValue();
                case STRING -> new BigDecimal(record.getString("amount"));
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(JsonObject record) {
        String text = text(record, "eventTime");
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean flag(JsonObject record) {
        JsonValue value = record.get("valid");
        if (value == JsonValue.TRUE) {
            return true;
        }
        return value == JsonValue.FALSE ? false : null;
    }

    private static JsonObject report(List<Outcome> outcomes) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (Outcome outcome : outcomes) {
            JsonObjectBuilder result = Json.createObjectBuilder().add("index", outcome.index()).add("status", outcome.status().name());
            if (outcome.externalId() != null) {
                result.add("externalId", outcome.externalId());
            }
            if (outcome.reason() != null) {
                result.add("reason", outcome.reason());
            }
            results.add(result);
        }
        return Json.createObjectBuilder()
                .add("accepted", count(outcomes, Status.ACCEPTED))
                .add("repeated", count(outcomes, Status.REPEATED))
                .add("refused", count(outcomes, Status.REFUSED))
                .add("results", results).build();
    }

    private static long count(List<Outcome> outcomes, Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    private static JsonObject error(String code) {
        return Json.createObjectBuilder().add("error", code).build();
    }
}
