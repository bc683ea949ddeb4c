package io.supportcenter.domain.policy;

import io.supportcenter.domain.shared.BusinessException;
import java.util.List;

/** Policy values an admin typed that cannot be used, each naming its policy; none of the values was saved. */
public class PolicyRefusals extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<PolicyRefusal> refusals;

    public PolicyRefusals(List<PolicyRefusal> refusals) {
        super("policy.refused");
        this.refusals = List.copyOf(refusals);
    }

    public List<PolicyRefusal> refusals() {
        return refusals;
    }
}
