package io.supportcenter.domain.policy;

import io.supportcenter.domain.shared.BusinessException;

/**
 * A policy value that cannot be used; names the policy so that the page shows why next to its field, and says the
 * rule with the configuration keys for the log (an operator's wrong setting is told by its key, never by a message key).
 */
public class PolicyRefusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Policy policy;
    private final String rule;

    /** A value of {@code policy} that is not of its kind. */
    public PolicyRefusal(Policy policy, String messageKey, Object... arguments) {
        this(policy, messageKey, arguments, null);
    }

    private PolicyRefusal(Policy policy, String messageKey, Object[] arguments, String rule) {
        super(messageKey, arguments);
        this.policy = policy;
        this.rule = rule;
    }

    /** A broken rule, said for operators with the keys and values in {@code rule}. */
    public static PolicyRefusal withRule(Policy policy, String rule, String messageKey, Object... arguments) {
        return new PolicyRefusal(policy, messageKey, arguments, rule);
    }

    public Policy policy() {
        return policy;
    }

    /** The rule broken, in English with the configuration keys, for the log: "support.x must be …". */
    public String rule() {
        return rule != null ? rule : policy.configKey() + " must be " + policy.kind().expectation(policy);
    }
}
