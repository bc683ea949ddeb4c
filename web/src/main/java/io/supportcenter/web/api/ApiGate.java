package io.supportcenter.web.api;

import io.supportcenter.domain.commission.ApiKey;
import io.supportcenter.domain.commission.ApiKeys;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyValues;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What a call must pass before its body is read, in this order: a known, unrevoked API key (401), its requests per
 * minute (429) and the body's announced size (413). A body sent without a length is read through {@link BoundedBody},
 * so JSON binding stops at the limit. The key becomes the request's caller, {@code api-key:<id>}.
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiGate implements ContainerRequestFilter {

    @Inject
    ApiKeys keys;

    @Inject
    Policies policies;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiKey> key = keys.authenticate(bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        if (key.isEmpty()) {
            request.abortWith(Response.fromResponse(ApiError.of("api-key").response(401)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            return;
        }
        PolicyValues values = policies.now();
        Optional<Duration> wait = rateLimit.acquire(key.get().getId(), values.number(Policy.API_REQUESTS_PER_MINUTE), clock);
        if (wait.isPresent()) {
            request.abortWith(Response.fromResponse(ApiError.of("too-many-requests").response(429))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.get().toSeconds())).build());
            return;
        }
        long limit = values.number(Policy.API_MAX_BODY_KB) * 1024L;
        if (request.getLength() > limit) {
            request.abortWith(BoundedBody.tooLarge(limit));
            return;
        }
        request.setEntityStream(new BoundedBody(request.getEntityStream(), limit));
        request.setSecurityContext(new Caller("api-key:" + key.get().getId(), request.getSecurityContext().isSecure()));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    /** The integration whose key the request carried. */
    private record Caller(String name, boolean secure) implements SecurityContext, Principal {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Principal getUserPrincipal() {
            return this;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
