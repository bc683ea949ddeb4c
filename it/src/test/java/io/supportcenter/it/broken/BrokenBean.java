package io.supportcenter.it.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A bean whose injection point cannot be satisfied: CDI refuses the whole deployment (WELD-001408). */
@ApplicationScoped
public class BrokenBean {

    @Inject
    MissingService missing;

    public String answer() {
        return missing.answer();
    }
}
