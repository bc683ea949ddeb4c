package io.supportcenter.it.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives tests deploy: the very WAR that the web module built, alone or with a fixed clock.
 * <p>
 * An archive's name says its configuration: {@link SharedPortalContainer} keeps one running portal per
 * name for the whole pass, so two archives with the same name must be the same portal.
 */
public final class Deployments {

    /**
     * Noon today (UTC), fixed once per test JVM: the "now" of the shared fixed-clock portal, so that every
     * class deploying it agrees on the day even when a run crosses midnight.
     */
    public static final Instant FIXED_NOW = LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);

    /** The fixed-clock portal runs its inquiry and dormancy jobs every second, so that tests need not wait. */
    private static final Map<String, String> FIXED_CLOCK_SETTINGS = Map.of(
            "support.inquiry.jobs-seconds", "1",
            "support.dormancy.jobs-seconds", "1");

    private Deployments() {
    }

    /** The standard portal, shared by every class that deploys it. */
    public static WebArchive portal() {
        return portalNamed("portal.war");
    }

    private static WebArchive portalNamed(String name) {
        return ShrinkWrap.create(ZipImporter.class, name).importFrom(ItSettings.war().toFile()).as(WebArchive.class);
    }

    /**
     * The shared portal whose clock stands still at {@link #FIXED_NOW}, with the inquiry and dormancy
     * jobs running every second.
     */
    public static WebArchive portalWithFixedClock() {
        return withClock("portal-fixed-clock.war", FIXED_NOW, FIXED_CLOCK_SETTINGS);
    }

    /**
     * A portal of its own (not for {@link SharedPortalContainer}: for nodes a test starts itself) whose
     * clock stands still at {@code now}, with configuration that outranks the container's system
     * properties (ordinal 500).
     */
    public static WebArchive portalWithFixedClock(Instant now, Map<String, String> config) {
        return withClock("portal-clock-" + now.getEpochSecond() + "-" + new TreeMap<>(config).hashCode() + ".war", now, config);
    }

    private static WebArchive withClock(String name, Instant now, Map<String, String> config) {
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        new TreeMap<>(config).forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        JavaArchive clock = ShrinkWrap.create(JavaArchive.class, "it-fixed-clock.jar")
                .addClass(FixedClock.class)
                .addAsResource(new StringAsset(now.toString()), FixedClock.RESOURCE)
                .addAsManifestResource(new StringAsset(properties.toString()), "microprofile-config.properties")
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        return portalNamed(name).addAsLibrary(clock);
    }
}
