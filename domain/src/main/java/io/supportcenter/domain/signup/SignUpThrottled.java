package io.supportcenter.domain.signup;

import io.supportcenter.domain.shared.FieldProblems;
import java.util.Map;

/**
 * A sign-up over the limits of {@link SignUpLimits}, told next to the email field. Its audit record is kept: the
 * sign-up's transaction is not rolled back for it.
 */
public class SignUpThrottled extends FieldProblems {

    private static final long serialVersionUID = 1L;

    public SignUpThrottled(String messageKey) {
        super(Map.of("email", messageKey));
    }
}
