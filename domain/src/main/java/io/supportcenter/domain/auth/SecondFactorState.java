package io.supportcenter.domain.auth;

import java.io.Serializable;

/** A staff user's second factor as their security page shows it. */
public record SecondFactorState(boolean enrolled, boolean required, long recoveryCodesLeft) implements Serializable {
}
