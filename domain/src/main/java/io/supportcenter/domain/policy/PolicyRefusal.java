package io.supportcenter.domain.policy;

import io.supportcenter.domain.shared.BusinessException;

/** A policy value that cannot be used; names the policy so that the page shows why next to its field. */
public class PolicyRefusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Policy policy;

    public PolicyRefusal(Policy policy, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }
}
