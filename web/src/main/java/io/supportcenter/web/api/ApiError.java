package io.supportcenter.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every refusal of the API, whoever makes it (the endpoint, its gate, JSON binding, validation or the container):
 * a stable code for machines to test, the status where the container refused, the limit where the body was too large.
 */
@Schema(name = "Error", description = "Why a request was refused")
@JsonbPropertyOrder({"error", "status", "limitBytes"})
public record ApiError(
        @Schema(required = true, description = "api-key, too-many-requests, too-large, malformed-json, batch-size, or the HTTP status"
                + " in words (not-found, method-not-allowed, unsupported-media-type, ...)", example = "malformed-json") String error,
        @Schema(description = "The HTTP status, on refusals made before the request reached the endpoint") Integer status,
        @Schema(description = "The largest body taken, in bytes (with too-large)") Long limitBytes) {

    static ApiError of(String error) {
        return new ApiError(error, null, null);
    }

    Response response(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
