package io.supportcenter.it.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives tests deploy: the very WAR that the web module built, with a small test library that
 * gives the tests a clock they can pin ({@link TestClock}, {@link PortalClock}), a look at the caller's session
 * ({@link TestSessionServlet}) and runs the inquiry and
 * dormancy jobs every second, so that tests need not wait.
 * <p>
 * An archive's name says its configuration: {@link SharedPortalContainer} keeps one running portal per
 * name for the whole pass, so two archives with the same name must be the same portal.
 */
public final class Deployments {

    /**
     * Noon today (UTC), fixed once per test JVM: the "now" that time-dependent tests pin the clock to, so that
     * every class agrees on the day even when a run crosses midnight.
     */
    public static final Instant FIXED_NOW = LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);

    private static final Map<String, String> TEST_SETTINGS = Map.of(
            "support.inquiry.jobs-seconds", "1",
            "support.dormancy.jobs-seconds", "1");

    private Deployments() {
    }

    /** The portal every Arquillian test class shares; its clock follows the real time until a test pins it. */
    public static WebArchive portal() {
        return withTestLibrary("portal.war", null, Map.of());
    }

    /**
     * A portal of its own (not for {@link SharedPortalContainer}: for nodes a test starts itself) whose clock
     * starts pinned at {@code now}, with configuration over the test settings that outranks the container's
     * system properties (ordinal 500).
     */
    public static WebArchive portalWithFixedClock(Instant now, Map<String, String> config) {
        return withTestLibrary("portal-clock-" + now.getEpochSecond() + "-" + new TreeMap<>(config).hashCode() + ".war", now, config);
    }

    private static WebArchive withTestLibrary(String name, Instant pinned, Map<String, String> config) {
        Map<String, String> settings = new HashMap<>(TEST_SETTINGS);
        settings.putAll(config);
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        new TreeMap<>(settings).forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        JavaArchive library = ShrinkWrap.create(JavaArchive.class, "it-test-clock.jar")
                .addClasses(TestClock.class, TestClockServlet.class, TestSessionServlet.class)
                .addAsManifestResource(new StringAsset(properties.toString()), "microprofile-config.properties")
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        if (pinned != null) {
            library.addAsResource(new StringAsset(pinned.toString()), TestClock.RESOURCE);
        }
        return ShrinkWrap.create(ZipImporter.class, name).importFrom(ItSettings.war().toFile()).as(WebArchive.class)
                .addAsLibrary(library);
    }
}
