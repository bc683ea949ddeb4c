package io.supportcenter.web.signup;

import io.supportcenter.domain.lifecycle.Reactivation;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.signup.PublisherSignUp;
import io.supportcenter.web.mail.MailSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /privacy}: what the portal keeps and for how long. The periods are read from the rules and settings in
 * force rather than written into the text, so that the policy cannot drift from what the code does.
 */
@Named
@RequestScoped
public class PrivacyBacking {

    @Inject
    Policies policies;

    @Inject
    MailSettings mail;

    @Inject
    @ConfigProperty(name = "support.attachments.staged-hours", defaultValue = "24")
    long stagedHours;

    public long getStagedHours() {
        return stagedHours;
    }

    public long getOneTimeMinutes() {
        return policies.now().auth().oneTimeSecretValidity().toMinutes();
    }

    public long getConfirmDays() {
        return PublisherSignUp.CONFIRM_WITHIN.toDays();
    }

    public long getReactivationDays() {
        return Reactivation.SELF_SERVICE.toDays();
    }

    public String getSenderAddress() {
        return mail.senderAddress();
    }
}
