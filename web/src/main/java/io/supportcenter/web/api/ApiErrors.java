package io.supportcenter.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The platform's refusals of a body in the API's one error format ({@link ApiError}). */
final class ApiErrors {

    private ApiErrors() {
    }

    /**
     * A body JSON binding could not read: not JSON, not the shape of a record or batch, nested too deep (400
     * {@code malformed-json}), or cut at its size limit (413 {@code too-large}).
     */
    @Provider
    public static final class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof BoundedBody.TooLarge tooLarge) {
                    return tooLarge.response();
                }
            }
            return ApiError.of("malformed-json").response(400);
        }
    }

    /** A body that Bean Validation refused: the constraint's message is the error code ({@code batch-size}). */
    @Provider
    public static final class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            String code = exception.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted().findFirst()
                    .orElse("bad-request");
            return ApiError.of(code).response(400);
        }
    }
}
