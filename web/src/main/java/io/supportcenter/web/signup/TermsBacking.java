package io.supportcenter.web.signup;

import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /terms}: the publisher terms a sign-up accepts, with the dormancy period in force. */
@Named
@RequestScoped
public class TermsBacking {

    @Inject
    Policies policies;

    public int getDormancyMonths() {
        return policies.now().number(Policy.DORMANCY_MONTHS);
    }
}
