package io.supportcenter.web.api;

import io.supportcenter.domain.commission.CommissionInput;
import io.supportcenter.domain.commission.CommissionIntake;
import jakarta.json.JsonException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/commissions}: one record (a JSON object) or a batch (an array of them); a single
 * record arrives here as a batch of one ({@link BodyAsBatch}). An element that is no object stays in its place as
 * a missing record, which the intake refuses as {@code not-a-record} while it judges the others.
 */
@Schema(name = "CommissionBatch", type = SchemaType.ARRAY, implementation = CommissionBody.class, minItems = 1,
        maxItems = CommissionIntake.MAX_BATCH, description = "1 to 1,000 commission records (CommissionRecord); a single record"
        + " may also be sent alone, as an object")
@JsonbTypeDeserializer(CommissionBatch.Reader.class)
public final class CommissionBatch {

    /**
     * How many levels an element that is no record may nest below the batch: the body may be 16 levels deep. Deeper
     * is an attack on the parser, refused as malformed.
     */
    private static final int MAX_DEPTH = 15;

    /** A field, not a record component: Payara's OpenAPI scanner fails on a constraint on a record component. */
    @Schema(hidden = true)
    @Size(min = 1, max = CommissionIntake.MAX_BATCH, message = "batch-size")
    private final List<CommissionBody> records;

    CommissionBatch(List<CommissionBody> records) {
        this.records = records;
    }

    List<CommissionInput> inputs() {
        return records.stream().map(body -> body == null ? null : body.input()).toList();
    }

    /**
     * Reads the array element by element: JSON-B binds each object to a {@link CommissionBody}; anything else is
     * passed over and read as a missing record.
     */
    public static final class Reader implements JsonbDeserializer<CommissionBatch> {
        @Override
        public CommissionBatch deserialize(JsonParser parser, DeserializationContext context, Type type) {
            List<CommissionBody> records = new ArrayList<>();
            for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
                records.add(event == Event.START_OBJECT ? context.deserialize(CommissionBody.class, parser) : skip(parser, event));
            }
            return new CommissionBatch(records);
        }

        private static CommissionBody skip(JsonParser parser, Event event) {
            for (int level = event == Event.START_ARRAY || event == Event.START_OBJECT ? 1 : 0; level > 0; ) {
                event = parser.next();
                if (event == Event.START_ARRAY || event == Event.START_OBJECT) {
                    if (++level > MAX_DEPTH) {
                        throw new JsonException("nested deeper than " + MAX_DEPTH + " levels");
                    }
                } else if (event == Event.END_ARRAY || event == Event.END_OBJECT) {
                    level--;
                }
            }
            return null;
        }
    }
}
