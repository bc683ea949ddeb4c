package io.supportcenter.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Client Support phone line and its hours, as configured, for the pages that show them. */
@Named
@ApplicationScoped
public class ContactDetails {

    @Inject
    @ConfigProperty(name = "support.client-support.phone")
    String clientSupportPhone;

    @Inject
    @ConfigProperty(name = "support.client-support.hours")
    String clientSupportHours;

    public String getClientSupportPhone() {
        return clientSupportPhone;
    }

    public String getClientSupportHours() {
        return clientSupportHours;
    }
}
