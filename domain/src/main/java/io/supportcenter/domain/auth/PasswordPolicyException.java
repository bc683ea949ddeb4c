package io.supportcenter.domain.auth;

import io.supportcenter.domain.shared.BusinessException;
import java.util.List;

/** A new password breaks the policy; carries every violated rule so the form can list them all. */
public class PasswordPolicyException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    public PasswordPolicyException(List<String> violations) {
        super(violations.isEmpty() ? "password.policy.violated" : violations.get(0));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
