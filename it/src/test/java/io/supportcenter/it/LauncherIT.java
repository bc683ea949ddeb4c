package io.supportcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.supportcenter.it.broken.BrokenBean;
import io.supportcenter.it.broken.MissingService;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.OwnNodes;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run launcher (web/src/run/RunPortal.java) must fail loudly when the deployment fails, because
 * Payara Micro itself reports "ready" even then. No Arquillian: the launcher is run as a user would.
 */
@ExtendWith(OwnNodes.class)
class LauncherIT {

    private static final long TIMEOUT_MINUTES = 4;

    @Test
    void launcherExitsNonZeroAndSaysDeploymentFailedWhenTheWarCannotDeploy() throws Exception {
        Path target = ItSettings.targetDir();
        Path brokenWar = target.resolve("broken-war/broken.war");
        Files.createDirectories(brokenWar.getParent());
        ShrinkWrap.create(WebArchive.class, "broken.war")
                .addClasses(BrokenBean.class, MissingService.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .as(ZipExporter.class)
                .exportTo(brokenWar.toFile(), true);

        String output = runLauncherExpectingFailure(brokenWar, null, "launcher-broken-war.log");
        assertTrue(output.contains("DEPLOYMENT FAILED"), "the launcher's output does not say DEPLOYMENT FAILED");
    }

    @Test
    void theRealPortalWithAnUnreachableDatabaseFailsTheRunAndTheLogSaysWhy() throws Exception {
        // Port 1: below the range the system hands out, so nothing listens there. A free port taken at random was once
        // picked up by a process of the other pass before the portal connected; it accepted and never answered, and
        // the driver reported a read timeout instead of the address it could not reach.
        int closedPort = 1;
        String output = runLauncherExpectingFailure(ItSettings.war(),
                "-Dsupport.db.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/support", "launcher-no-database.log");
        assertTrue(output.contains("DEPLOYMENT FAILED"), "the launcher's output does not say DEPLOYMENT FAILED");
        assertTrue(output.contains("127.0.0.1:" + closedPort), "the log does not name the database that could not be reached");
    }

    /** Runs the launcher as a user would and returns its output once it has exited non-zero. */
    private static String runLauncherExpectingFailure(Path war, String javaOptions, String logName) throws Exception {
        Path target = ItSettings.targetDir();
        int port = freePort();
        Path log = target.resolve(logName);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, ItSettings.launcher().toString(),
                ItSettings.payaraJar().toString(), war.toString(), Integer.toString(port));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(target.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (javaOptions != null) {
            builder.environment().put("SUPPORT_JAVA_OPTS", javaOptions);
        }
        Process launcher = builder.start();
        // Collected while the launcher runs: once it exits, a Payara it left behind is no longer its descendant.
        Set<ProcessHandle> started = new HashSet<>();
        boolean exited = false;
        boolean portFreed;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
            while (!exited && System.nanoTime() < deadline) {
                launcher.descendants().forEach(started::add);
                exited = launcher.waitFor(1, TimeUnit.SECONDS);
            }
            portFreed = exited && nothingListensOn(port);
        } finally {
            // Whatever happened, leave no Payara behind for the tests that follow.
            launcher.descendants().forEach(started::add);
            started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }

        if (!exited) {
            fail("the launcher was still running after " + TIMEOUT_MINUTES + " minutes although the deployment"
                    + " cannot succeed; its output is in " + log + ":\n" + tail(log));
        }
        assertNotEquals(0, launcher.exitValue(), "exit code of " + command + "; output:\n" + tail(log));
        // A launcher that gives up but leaves its Payara serving would block the port for the next run.
        assertTrue(portFreed, "something still listened on port " + port
                + " after the launcher exited: it left Payara Micro running");
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static boolean nothingListensOn(int port) {
        try {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> refuses(port));
            return true;
        } catch (ConditionTimeoutException stillListening) {
            return false;
        }
    }

    private static boolean refuses(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
