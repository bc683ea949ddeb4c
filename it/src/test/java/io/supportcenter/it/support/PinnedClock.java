package io.supportcenter.it.support;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Pins the clock of a test's nodes before each test and releases it afterwards ({@link TestClock}), so that
 * the test's jobs and pages see one fixed "now" and the next test the real time again. Registered on a field,
 * after Arquillian has injected the node's address:
 * {@code @RegisterExtension final PinnedClock clock = PinnedClock.at(NOW, () -> List.of(base));}
 */
public final class PinnedClock implements BeforeEachCallback, AfterEachCallback {

    /** The nodes to pin, asked for when a test starts (a field Arquillian fills, a node started in @BeforeAll). */
    @FunctionalInterface
    public interface Nodes {
        List<URL> get() throws Exception;
    }

    private final Instant at;
    private final Nodes nodes;

    private PinnedClock(Instant at, Nodes nodes) {
        this.at = at;
        this.nodes = nodes;
    }

    public static PinnedClock at(Instant at, Nodes nodes) {
        return new PinnedClock(at, nodes);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        for (URL node : nodes.get()) {
            PortalClock.pin(node, at);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (URL node : nodes.get()) {
            PortalClock.release(node);
        }
    }
}
