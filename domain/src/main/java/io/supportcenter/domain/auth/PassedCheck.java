package io.supportcenter.domain.auth;

import java.time.Instant;

/** A human check the visitor solved (made and verified by the web tier): the challenge's id and when it ends. */
public record PassedCheck(String challenge, Instant expires) {
}
