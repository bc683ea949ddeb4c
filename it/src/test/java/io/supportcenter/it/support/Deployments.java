package io.supportcenter.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every Arquillian test deploys: the very WAR that the web module built. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        // Named ROOT.war so that Payara Micro serves it at "/", as the product's glassfish-web.xml asks.
        return ShrinkWrap.createFromZipFile(WebArchive.class, ItSettings.war().toFile()).as(WebArchive.class);
    }
}
