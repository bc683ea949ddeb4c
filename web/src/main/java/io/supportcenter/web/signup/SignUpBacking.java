package io.supportcenter.web.signup;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.FieldProblems;
import io.supportcenter.domain.signup.PublisherSignUp;
import io.supportcenter.domain.signup.SignUpForm;
import io.supportcenter.web.auth.Clients;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /signup}: a publisher opens a free account. The form first needs the proof of work that a person is
 * sending it; once solved it stays solved for this form while the other fields are corrected, and every
 * refused field says why next to it with everything typed kept (passwords excepted, as browsers expect).
 */
@Named
@ViewScoped
public class SignUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request parameter the ALTCHA widget puts its answer in. */
    static final String ANSWER_PARAMETER = "altcha";

    @Inject
    PublisherSignUp signUp;

    @Inject
    HumanCheck humanCheck;

    private HumanCheck.Issued challenge;
    private boolean personConfirmed;
    private boolean emailRegistered;

    private String company;
    private String website;
    private String name;
    private String email;
    private String password;
    private String confirmation;
    private boolean termsAccepted;

    /** The challenge the widget is given; a new one after each answer that did not solve it. */
    public String getChallengeJson() {
        if (challenge == null) {
            challenge = humanCheck.issue();
        }
        return challenge.json();
    }

    /** The widget's texts in the page's language (its own are English only). */
    public String getWidgetStrings() {
        return Json.createObjectBuilder()
                .add("label", Texts.text("signup.challenge.label"))
                .add("verifying", Texts.text("signup.challenge.verifying"))
                .add("waitAlert", Texts.text("signup.challenge.wait"))
                .add("verified", Texts.text("signup.challenge.verified"))
                .add("verificationRequired", Texts.text("signup.challenge.required"))
                .add("error", Texts.text("signup.challenge.error"))
                .add("expired", Texts.text("signup.challenge.expired"))
                .add("loading", Texts.text("signup.challenge.loading"))
                .add("reload", Texts.text("signup.challenge.reload"))
                .add("footer", "")
                .add("ariaLinkLabel", "")
                .build().toString();
    }

    public void signUp() throws IOException {
        emailRegistered = false;
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!personConfirmed) {
            personConfirmed = humanCheck.solves(challenge, request.getParameter(ANSWER_PARAMETER));
            challenge = null;
        }
        if (!personConfirmed) {
            Texts.error("signup:challenge", "signup.challenge.failed");
            return;
        }
        String address;
        try {
            address = signUp.register(new SignUpForm(company, website, name, email, password, confirmation, termsAccepted),
                    faces.getViewRoot().getLocale(), Clients.actor(request));
        } catch (FieldProblems problems) {
            problems.problems().forEach((field, key) -> Texts.error("signup:" + field, key));
            emailRegistered = "signup.email.registered".equals(problems.problems().get("email"));
            return;
        } catch (BusinessException e) {
            Texts.error(null, e.messageKey());
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        Texts.info("signup.done", address);
        Texts.keepForRedirect();
        Redirects.to("/login");
    }

    /** Whether this form's sender already showed they are a person (the widget is then not shown again). */
    public boolean isPersonConfirmed() {
        return personConfirmed;
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
