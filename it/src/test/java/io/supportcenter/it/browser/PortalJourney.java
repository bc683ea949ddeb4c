package io.supportcenter.it.browser;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.RunsOnPayara;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser journey starts from: the shared portal (the same deployment as the HTTP tests, so no boot of
 * its own), its address, and a fresh {@link JourneyBrowser} for each test.
 */
@RunsOnPayara
public abstract class PortalJourney {

    @ArquillianResource
    protected URL base;

    @RegisterExtension
    protected final JourneyBrowser browser = new JourneyBrowser();

    @Deployment(testable = false)
    public static WebArchive portal() {
        return Deployments.portal();
    }

    /** The portal's root address as the browser opens it: scheme, host and port, path {@code /}. */
    protected URI root() {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }
}
