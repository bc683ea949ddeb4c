package io.supportcenter.web.api;

import io.supportcenter.domain.commission.CommissionInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One commission record as an integration sends it. A field of the wrong JSON type (a number for the external id,
 * {@code "yes"} for valid; an event time that is no ISO-8601 instant) is read as missing rather than failing the
 * whole body, so that {@link io.supportcenter.domain.commission.CommissionIntake} refuses that one record by the
 * field's name and keeps the others, as it does for a CSV line.
 */
@Schema(name = "CommissionRecord", description = "One commission record")
public record CommissionBody(
        @Schema(required = true, maxLength = 100, description = "The integration's own id of the record; a repeated id is counted once")
        @JsonbTypeDeserializer(Text.class) String externalId,
        @Schema(required = true, example = "1000001") @JsonbTypeDeserializer(Text.class) String accountNumber,
        @Schema(required = true, type = SchemaType.NUMBER, description = "At most 4 decimals, as a number or a string", example = "12.50")
        @JsonbTypeDeserializer(Amount.class) BigDecimal amount,
        @Schema(required = true, pattern = "[A-Za-z]{3}", example = "USD") @JsonbTypeDeserializer(Text.class) String currency,
        @Schema(required = true, format = "date-time", description = "ISO-8601 instant, at most a day ahead",
                example = "2026-11-19T03:00:00Z")
        @JsonbTypeDeserializer(Text.class) String eventTime,
        @Schema(required = true, description = "Whether the commission counts as valid activity of the account")
        @JsonbTypeDeserializer(Flag.class) Boolean valid) {

    CommissionInput input() {
        return new CommissionInput(externalId, accountNumber, amount, currency, instant(eventTime), valid);
    }

    /** An ISO-8601 instant, or null (missing) for any other text. */
    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A JSON string; anything else is missing. */
    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return parser.getValue() instanceof JsonString text ? text.getString() : null;
        }
    }

    /** A JSON number, or a string holding one (as CSV-minded integrations send amounts); anything else is missing. */
    public static final class Amount implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            try {
                return value instanceof JsonString text ? new BigDecimal(text.getString()) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** JSON {@code true} or {@code false}; anything else ({@code "true"}, 1) is missing. */
    public static final class Flag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return value == JsonValue.TRUE || value == JsonValue.FALSE ? value == JsonValue.TRUE : null;
        }
    }
}
