package io.supportcenter.web.auth;

import io.supportcenter.domain.auth.PasswordPolicyException;
import io.supportcenter.web.shell.Texts;

/** Shows each problem with a new password next to the field it concerns. */
public final class PasswordProblems {

    private PasswordProblems() {
    }

    public static void show(PasswordPolicyException problems, String newPasswordField, String confirmationField) {
        for (String violation : problems.violations()) {
            Texts.error(violation.equals("password.confirmation.mismatch") ? confirmationField : newPasswordField, violation);
        }
    }
}
