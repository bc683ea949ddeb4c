package io.supportcenter.it.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A Payara Micro running an archive of the portal against the test database, beside (or instead of) the
 * one Arquillian starts: another node, as production runs several. It gets the JVM options of
 * arquillian.xml (so it shares the database, the data directory and the mail server) plus the Payara
 * options given (no cluster, or the data grid to join), and is stopped on close.
 */
public final class PortalNode implements AutoCloseable {

    private static final Pattern OPTIONS = Pattern.compile("<property name=\"cmdOptions\">([^<]*)</property>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Duration BOOT = Duration.ofSeconds(150);
    private static final int LOG_LINES_SHOWN = 60;

    private final String name;
    private final Process process;
    private final URI root;
    private final Path log;

    private PortalNode(String name, Process process, URI root, Path log) {
        this.name = name;
        this.process = process;
        this.root = root;
        this.log = log;
    }

    /** Starts the node with these Payara Micro options and waits until it serves the portal's help page. */
    public static PortalNode start(WebArchive archive, String name, List<String> payaraOptions) {
        return start(archive, name, payaraOptions, "/help");
    }

    /** Starts the node and waits at most {@code boot} until it serves the portal's help page. */
    public static PortalNode start(WebArchive archive, String name, List<String> payaraOptions, Duration boot) {
        return start(archive, name, List.of(), Map.of(), payaraOptions, "/help", boot);
    }

    /**
     * Starts a node that only boots and runs the background jobs (no sign-ins, few pages), with the JIT's
     * first tier alone: measured here, a boot took 17-19 s and 21-23 s of CPU instead of 21 s and 35 s, while
     * the tests of a long-lived node took 249 s instead of 149 s (password hashing and pages run slower),
     * so the shared portal keeps the full JIT.
     */
    public static PortalNode startBrief(WebArchive archive, String name, List<String> payaraOptions) {
        return start(archive, name, List.of("-XX:TieredStopAtLevel=1"), Map.of(), payaraOptions, "/help", BOOT);
    }

    /** {@link #startBrief(WebArchive, String, List)} with these system properties over those of arquillian.xml. */
    public static PortalNode startBrief(WebArchive archive, String name, Map<String, String> systemProperties,
                                        List<String> payaraOptions) {
        return start(archive, name, List.of("-XX:TieredStopAtLevel=1"), systemProperties, payaraOptions, "/help", BOOT);
    }

    /** Starts the node and waits until {@code readyPath} answers 200. */
    public static PortalNode start(WebArchive archive, String name, List<String> payaraOptions, String readyPath) {
        return start(archive, name, Map.of(), payaraOptions, readyPath);
    }

    /**
     * Starts the node with these system properties over those of arquillian.xml (the JVM takes the
     * last of two same-named -D options) and waits until {@code readyPath} answers 200.
     */
    public static PortalNode start(WebArchive archive, String name, Map<String, String> systemProperties,
                                   List<String> payaraOptions, String readyPath) {
        return start(archive, name, List.of(), systemProperties, payaraOptions, readyPath, BOOT);
    }

    private static PortalNode start(WebArchive archive, String name, List<String> jvmOptions, Map<String, String> systemProperties,
                                    List<String> payaraOptions, String readyPath, Duration boot) {
        return start(archive, null, name, jvmOptions, systemProperties, payaraOptions, readyPath, OK, boot);
    }

    /**
     * Starts a brief node ({@link #startBrief}) and waits until {@code path} gives an answer {@code expected} accepts: for a
     * node that is deployed but not ready (its database is away, a setting is wrong).
     */
    public static PortalNode startUntil(WebArchive archive, String name, Map<String, String> systemProperties, List<String> payaraOptions,
                                        String path, Predicate<HttpResponse<String>> expected) {
        return start(archive, null, name, List.of("-XX:TieredStopAtLevel=1"), systemProperties, payaraOptions, path, expected, BOOT);
    }

    /**
     * Runs an uber jar (made with Payara Micro's {@code --outputuberjar}, the portal inside) as an operator would, with
     * the suite's JVM options, and waits until {@code path} gives an answer {@code expected} accepts.
     */
    public static PortalNode startUberJar(Path uberJar, String name, Map<String, String> systemProperties, List<String> payaraOptions,
                                          String path, Predicate<HttpResponse<String>> expected) {
        return start(null, uberJar, name, List.of("-XX:TieredStopAtLevel=1"), systemProperties, payaraOptions, path, expected, BOOT);
    }

    private static final Predicate<HttpResponse<String>> OK = response -> response.statusCode() == 200;

    private static PortalNode start(WebArchive archive, Path uberJar, String name, List<String> jvmOptions,
                                    Map<String, String> systemProperties, List<String> payaraOptions, String readyPath,
                                    Predicate<HttpResponse<String>> expected, Duration boot) {
        try {
            return startOnce(archive, uberJar, name, jvmOptions, systemProperties, payaraOptions, readyPath, expected, boot);
        } catch (NotReady e) {
            // Seen once with two passes side by side: a node that said "ready" but never answered, its log silent.
            // The thread dump is kept for whoever looks into it; the test goes on with a second boot.
            System.out.println("[it] " + e.getMessage().lines().findFirst().orElse("") + "; starting it again");
            return startOnce(archive, uberJar, name, jvmOptions, systemProperties, payaraOptions, readyPath, expected, boot);
        }
    }

    private static PortalNode startOnce(WebArchive archive, Path uberJar, String name, List<String> jvmOptions,
                                        Map<String, String> systemProperties,
                                        List<String> payaraOptions, String readyPath, Predicate<HttpResponse<String>> expected,
                                        Duration boot) {
        try {
            Path dir = ItSettings.targetDir().resolve("node-" + name);
            // Payara Micro keeps what it deployed in its root directory and deploys it again at the next
            // start: a node left from an earlier run (the H2 pass before the PostgreSQL one) would come
            // up with that run's portal as well as this one.
            deleteTree(dir);
            Files.createDirectories(dir);
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(containerOptions());
            command.addAll(jvmOptions);
            systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            if (uberJar != null) {
                command.addAll(List.of("-jar", uberJar.toString(), "--port", Integer.toString(port), "--rootdir", dir.resolve("root").toString()));
            } else {
                Path war = dir.resolve("ROOT.war");
                archive.as(ZipExporter.class).exportTo(war.toFile(), true);
                command.addAll(List.of("-jar", ItSettings.payaraJar().toString(), "--deploy", war.toString(),
                        "--port", Integer.toString(port), "--rootdir", dir.resolve("root").toString()));
            }
            if (uberJar == null && !payaraOptions.contains("--deploy")) {
                // With further deployments Payara may give this root to one of them; the portal's own
                // glassfish-web.xml puts it at the root anyway.
                command.addAll(List.of("--contextroot", "/"));
            }
            command.addAll(payaraOptions);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile()).start();
            PortalNode node = new PortalNode(name, process, URI.create("http://localhost:" + port + "/"), dir.resolve("server.log"));
            // A test JVM that is killed (a timeout, Ctrl+C) must not leave its nodes serving.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-node-" + name));
            node.awaitReady(dir.resolve("server.log"), readyPath, expected, boot);
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("could not start node " + name, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public URI root() {
        return root;
    }

    /** What the server has printed so far (its stdout and stderr). */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's process id (for jcmd, say). */
    public long pid() {
        return process.pid();
    }

    /** The node's used heap right after a full collection (jcmd GC.run, then GC.heap_info), in bytes. */
    public long usedHeapAfterCollection() {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process gc = new ProcessBuilder(jcmd, Long.toString(process.pid()), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            Process info = new ProcessBuilder(jcmd, Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String heap = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
            gc.waitFor();
            info.waitFor();
            if (!used.find()) {
                throw new IllegalStateException("jcmd told nothing of node " + name + "'s heap: " + heap);
            }
            return Long.parseLong(used.group(1)) * 1024;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until the node answers {@code readyPath} with 200; fails at once, with the end of the node's
     * log, when the process ends or the log shows a failed deployment (Payara says "ready" even then).
     */
    private void awaitReady(Path log, String readyPath, Predicate<HttpResponse<String>> expected, Duration boot) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String[] lastAnswer = {"nothing yet"};
        try {
            await("node " + name + " answering " + readyPath).atMost(boot).pollInterval(Duration.ofMillis(250))
                    .until(() -> answers(client, readyPath, expected, log, lastAnswer));
        } catch (ConditionTimeoutException notReady) {
            Path threads = threadDump();
            close();
            throw new NotReady("node " + name + " was not ready within " + boot + " (" + readyPath + " last answered: " + lastAnswer[0]
                    + "; its threads are in " + threads + "); " + tail(log));
        }
    }

    /** Whether the node answers 200 now; throws when waiting longer is pointless (the process or its deployment failed). */
    private boolean answers(HttpClient client, String readyPath, Predicate<HttpResponse<String>> expected, Path log, String[] lastAnswer)
            throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("node " + name + " stopped while starting; " + tail(log));
        }
        if (deploymentFailed(log)) {
            close();
            throw new IllegalStateException("node " + name + " could not deploy the portal; " + tail(log));
        }
        try {
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(root.resolve(readyPath)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            lastAnswer[0] = "HTTP " + home.statusCode();
            return expected.test(home);
        } catch (IOException e) {
            lastAnswer[0] = e.toString(); // not listening yet, or not answering
            return false;
        }
    }

    /** A node that booted but did not answer in time: the one failure {@link #start} tries once more. */
    private static final class NotReady extends IllegalStateException {

        NotReady(String message) {
            super(message);
        }
    }

    /** What every thread of the node was doing, for a boot that hangs (jcmd of the running JDK). */
    private Path threadDump() {
        // Beside the node's folder, which a second start of the same node empties.
        Path target = ItSettings.targetDir().resolve("thread-dumps").resolve(name + "-" + System.currentTimeMillis() + ".txt");
        try {
            Files.createDirectories(target.getParent());
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(target.toFile()).start();
            if (!jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
        } catch (IOException e) {
            return Path.of("(no thread dump: " + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return target;
    }

    private static boolean deploymentFailed(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.contains("Exception while deploying the app") || text.contains("Exception during lifecycle processing");
        } catch (IOException e) {
            return false;
        }
    }

    /** The end of the node's log, for a failure message: CI keeps only what the run printed. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return "the last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        } catch (IOException e) {
            return "its log " + log + " could not be read: " + e;
        }
    }

    /** The JVM options Arquillian gives its node, with the placeholders filled in as it fills them. */
    private static List<String> containerOptions() throws IOException {
        String xml;
        try (InputStream in = PortalNode.class.getClassLoader().getResourceAsStream("arquillian.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher options = OPTIONS.matcher(xml);
        if (!options.find()) {
            throw new IllegalStateException("arquillian.xml has no cmdOptions");
        }
        Matcher placeholder = PLACEHOLDER.matcher(options.group(1).strip());
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = System.getProperty(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("System property " + placeholder.group(1) + " is not set (run through failsafe)");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        // The load benchmark gives its node a production heap instead of the suite's small one.
        String heap = System.getProperty("it.node.heap");
        // ... and, when it compares JVM options (a collector, object headers, a recording), those after the suite's.
        String extra = System.getProperty("it.node.jvm-options", "").strip();
        return Stream.concat(Arrays.stream(filled.toString().split(" +"))
                        .map(option -> heap != null && option.startsWith("-Xmx") ? "-Xmx" + heap : option),
                extra.isEmpty() ? Stream.empty() : Arrays.stream(extra.split(" +"))).toList();
    }

    /**
     * Stops the process where it stands (SIGSTOP), so that a request sent to it now is under way and
     * unanswered when the node is then {@linkplain #kill() killed}.
     */
    public void freeze() {
        try {
            Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).redirectErrorStream(true).start();
            if (stop.waitFor() != 0) {
                throw new IllegalStateException("could not stop node " + name + ": " + new String(stop.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the node at once, as a crash or a killed container would, without a chance to hand anything over. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
