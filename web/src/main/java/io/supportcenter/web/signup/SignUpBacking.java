package io.supportcenter.web.signup;

import io.supportcenter.domain.auth.PassedCheck;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.domain.signup.PublisherSignUp;
import io.supportcenter.domain.signup.SignUpForm;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.HumanCheck;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * {@code /signup}: a publisher opens a free account. The form first needs the proof of work that a person is
 * sending it; once solved it stays solved for this form while the other fields are corrected, and every
 * refused field says why next to it with everything typed kept (passwords excepted, as browsers expect).
 * The page keeps nothing between requests (no session before login): what it needs again comes back with
 * the form, the check's challenge by name and a solved check as its signed proof.
 */
@Named
@RequestScoped
public class SignUpBacking {

    /** The hidden field carrying a solved check while other fields are put right. */
    static final String PROOF_PARAMETER = "human-check-proof";

    @Inject
    CurrentUser currentUser;

    @Inject
    PublisherSignUp signUp;

    @Inject
    HumanCheck humanCheck;

    @Inject
    HttpServletRequest request;

    private HumanCheck.Issued challenge;
    private PassedCheck passed;
    private boolean emailRegistered;

    private String company;
    private String website;
    private String name;
    private String email;
    private String password;
    private String confirmation;
    private boolean termsAccepted;

    @PostConstruct
    void readProof() {
        passed = humanCheck.fromProof(request.getParameter(PROOF_PARAMETER)).orElse(null);
    }

    /** The challenge the widget is given; a new one on every page that asks for the check. */
    public String getChallengeJson() {
        return issued().json();
    }

    /** The id of that challenge, sent back with the form so that only an answer to it counts. */
    public String getChallengeId() {
        return issued().challenge();
    }

    private HumanCheck.Issued issued() {
        if (challenge == null) {
            challenge = humanCheck.issue();
        }
        return challenge;
    }

    /** The solved check, signed, for the form to carry back. */
    public String getProof() {
        return passed == null ? null : humanCheck.proofOf(passed);
    }

    /** The widget's texts in the page's language. */
    public String getWidgetStrings() {
        return HumanCheck.widgetStrings();
    }

    public void signUp() throws IOException {
        emailRegistered = false;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (passed == null) {
            passed = humanCheck.verify(request.getParameter(HumanCheck.CHALLENGE_PARAMETER),
                    request.getParameter(HumanCheck.ANSWER_PARAMETER)).orElse(null);
        }
        if (passed == null) {
            Texts.error("signup:challenge", "signup.challenge.failed");
            return;
        }
        try {
            signUp.register(new SignUpForm(company, website, name, email, password, confirmation, termsAccepted),
                    passed, faces.getViewRoot().getLocale(), currentUser.caller());
        } catch (FieldProblems problems) {
            problems.problems().forEach((field, key) -> Texts.error("signup:" + field, key));
            if (problems.problems().containsKey("challenge")) {
                passed = null; // it opened an account already: ask for a new one
            }
            emailRegistered = "signup.email.registered".equals(problems.problems().get("email"));
            return;
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey());
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        // The visitor has no session: the notice travels in the address, without what the visitor typed.
        Redirects.withInfo("signup.done", "/login");
    }

    /** Whether this form's sender already showed they are a person (the widget is then not shown again). */
    public boolean isPersonConfirmed() {
        return passed != null;
    }

    /** Whether the address typed belongs to a user already, so the page points to Login Help. */
    public boolean isEmailRegistered() {
        return emailRegistered;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }
}
