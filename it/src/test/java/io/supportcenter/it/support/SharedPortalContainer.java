package io.supportcenter.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * An Arquillian container that keeps one Payara Micro per portal configuration for the whole pass,
 * instead of one boot per test class (a boot costs 20-40 s here, the tests of a class a few).
 * <p>
 * A configuration is the archive's name ({@link Deployments} names each one it builds). A class
 * whose archive has the name of the running node gets that node; another name stops it and boots
 * the new one, so two configurations never run jobs against the shared database at once
 * ({@link PortalConfigurationOrder} runs the classes of one configuration together, so each boots
 * once). "Undeploy" leaves the node running; Arquillian's stop at the end of the pass ends it.
 * <p>
 * A test that leaves the node unable to answer does not fail the classes after it: before handing
 * the node to the next class the container asks it for a page, and boots it again if it does not
 * answer, saying so in the output.
 */
public class SharedPortalContainer implements DeployableContainer<SharedPortalConfiguration> {

    private static final Duration PROBE = Duration.ofSeconds(20);

    private static Running running;

    /** What the shared portal has logged so far, for tests that check what a request costs the log. */
    public static synchronized String log() {
        if (running == null) {
            throw new IllegalStateException("no shared portal is running");
        }
        return running.node().log();
    }

    private record Running(String configuration, PortalNode node) {
    }

    private SharedPortalConfiguration configuration;

    @Override
    public Class<SharedPortalConfiguration> getConfigurationClass() {
        return SharedPortalConfiguration.class;
    }

    @Override
    public void setup(SharedPortalConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        // Every deployment here is testable=false: tests talk to the portal over HTTP only.
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = archive.getName();
        synchronized (SharedPortalContainer.class) {
            if (running != null && running.configuration().equals(name)) {
                String trouble = troubleOf(running.node());
                if (trouble == null) {
                    return metaData(running.node());
                }
                System.out.println("[it] the shared portal " + name + " " + trouble + "; starting it again");
            }
            stopRunning();
            long began = System.nanoTime();
            try {
                PortalNode node = PortalNode.start(archive.as(WebArchive.class), "shared-" + name.replace(".war", ""),
                        List.of("--nocluster"), Duration.ofSeconds(configuration.getStartupTimeoutInSeconds()));
                running = new Running(name, node);
                System.out.printf("[it] shared portal %s booted in %.1f s at %s%n", name,
                        (System.nanoTime() - began) / 1e9, node.root());
                return metaData(node);
            } catch (RuntimeException e) {
                throw new DeploymentException("the shared portal " + name + " did not start: " + e.getMessage(), e);
            }
        }
    }

    private static ProtocolMetaData metaData(PortalNode node) {
        URI root = node.root();
        return new ProtocolMetaData().addContext(new HTTPContext(root.getHost(), root.getPort()));
    }

    /** Why the node cannot serve the next class, or null when it answers as it should. */
    private static String troubleOf(PortalNode node) {
        if (!node.isAlive()) {
            return "has stopped";
        }
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PROBE).build().send(
                    HttpRequest.newBuilder(node.root().resolve("/health/live")).timeout(PROBE).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? null : "answers " + response.statusCode() + " to /health/live";
        } catch (IOException e) {
            return "does not answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not asked (interrupted)";
        }
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept for the next class of the same configuration; stop() ends it.
    }

    @Override
    public void stop() {
        synchronized (SharedPortalContainer.class) {
            stopRunning();
        }
    }

    /**
     * Stops the shared portal now, for a class that starts nodes of its own and should neither share the
     * machine's two cores nor the database's jobs with it. A later class that deploys it boots it again.
     */
    public static void stopShared(String why) {
        synchronized (SharedPortalContainer.class) {
            if (running != null) {
                System.out.println("[it] stopping the shared portal " + running.configuration() + ": " + why);
                stopRunning();
            }
        }
    }

    /** The running shared portal's node, for a test that looks at its process (its heap, say). */
    public static PortalNode sharedNode() {
        synchronized (SharedPortalContainer.class) {
            if (running == null) {
                throw new IllegalStateException("no shared portal is running");
            }
            return running.node();
        }
    }

    private static void stopRunning() {
        if (running != null) {
            running.node().close();
            running = null;
        }
    }
}
