package io.supportcenter.it.support;

import java.time.Instant;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every Arquillian test deploys: the very WAR that the web module built. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        // Named ROOT.war so that Payara Micro serves it at "/", as the product's glassfish-web.xml asks.
        return ShrinkWrap.createFromZipFile(WebArchive.class, ItSettings.war().toFile()).as(WebArchive.class);
    }

    /** The same WAR whose clock stands still at {@code now} (a CDI alternative in an added library). */
    public static WebArchive portalWithFixedClock(Instant now) {
        return portalWithFixedClock(now, Map.of());
    }

    /**
     * A fixed clock, plus configuration that outranks the container's system properties (ordinal 500),
     * for a test that needs, for instance, the inquiry job to run every second.
     */
    public static WebArchive portalWithFixedClock(Instant now, Map<String, String> config) {
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        config.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        JavaArchive clock = ShrinkWrap.create(JavaArchive.class, "it-fixed-clock.jar")
                .addClass(FixedClock.class)
                .addAsResource(new StringAsset(now.toString()), FixedClock.RESOURCE)
                .addAsManifestResource(new StringAsset(properties.toString()), "microprofile-config.properties")
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        return portal().addAsLibrary(clock);
    }
}
