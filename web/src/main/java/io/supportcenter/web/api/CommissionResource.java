package io.supportcenter.web.api;

import io.supportcenter.domain.commission.CommissionIntake;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/commissions}: one commission record (a JSON object) or a batch (an array) from
 * an integration. Every record gets its own outcome; the answer is 200 when none was refused and 422
 * when some were (the others are kept all the same). A missing or wrong key answers 401, a key over its requests per
 * minute 429, a body over the size limit 413 before it is read (all three {@link ApiGate}); a body that is not JSON
 * (or nested deeper than a batch needs) 400, and so does a batch of no or too many records (Bean Validation).
 */
@Path("v1/commissions")
@RequestScoped
@ApiKeyRequired
public class CommissionResource {

    @Inject
    CommissionIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report commission activity", description = "One record or an array of up to 1,000. A repeated externalId"
            + " is counted once.")
    @APIResponse(responseCode = "200", description = "Every record accepted or already known",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommissionReport.class)))
    @APIResponse(responseCode = "422", description = "Some records refused; each result says why",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommissionReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON (malformed-json), or holds no or too many records (batch-size)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "The body is over support.api.max-body-kb; checked before it is read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Over support.api.requests-per-minute for this key",
            headers = @Header(name = "Retry-After", description = "Seconds until the next minute's requests", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response report(@Context SecurityContext caller, @NotNull(message = "malformed-json") @Valid CommissionBatch batch) {
        CommissionReport report = CommissionReport.of(intake.receive(batch.inputs(), caller.getUserPrincipal().getName()));
        return Response.status(report.anyRefused() ? 422 : 200).entity(report).build();
    }
}
