package io.supportcenter.load;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.FacesForm;
import io.supportcenter.it.support.ItSettings;
import io.supportcenter.it.support.PortalClient;
import io.supportcenter.it.support.PortalNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The production-shape measurements of SPEC §10, printed as figures and as ratios to a baseline measured
 * in the same run: boot to ready against a bare Payara Micro with a hello WAR; the main pages under load
 * (Gatling, {@link PortalSimulation}) against a bare Faces hello page deployed in the same server; heap
 * per logged-in member session over 1,000 sessions. Runs against a PostgreSQL database filled by
 * GenerateData: {@code mvn -B verify -Pload -pl it [-Ddata.db.url=…] [-Dload.seconds=30]}; with
 * {@code -Dload.gatling=false} the pages are not measured, with {@code -Dload.boots=0} nor the boot times, with
 * {@code -Dload.sessions=0} nor the session size; {@code -Dload.node-jvm-options="-XX:+UseZGC …"} adds JVM options to the
 * portal's nodes (and the bare ones), to compare them.
 */
class LoadBenchmark {

    private static final int SESSIONS = Integer.getInteger("load.sessions", 1_000);
    private static final int BOOTS = Integer.getInteger("load.boots", 3);
    private static final Pattern HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.E+]+)");
    private static final Pattern SESSIONS_CREATED = Pattern.compile("(?m)^support_sessions_created_total(?:\\{[^}]*})? ([0-9.E+]+)");
    private static final int ANONYMOUS_REQUESTS = Integer.getInteger("load.anonymous-requests", 10_000);
    /** Every address a visitor reaches before logging in (and a page that does not exist). */
    private static final List<String> PUBLIC_ADDRESSES = List.of("/", "/help", "/help?q=payment", "/contact", "/terms", "/signup",
            "/contact-sales", "/login", "/login-help", "/no-such-page");

    /** The second baseline: the portal's layout with nothing in it, added to the benchmark's copy of the WAR. */
    static final String TEMPLATE_PAGE = "/bench/template.xhtml";

    /** The portal as the tests deploy it, plus the template page, marked stateless by a listener of its own. */
    static WebArchive portal() {
        JavaArchive marker = ShrinkWrap.create(JavaArchive.class, "bench-template.jar").addClasses(TemplatePageMarker.class)
                .addAsManifestResource(new StringAsset("<faces-config xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\">"
                        + "<lifecycle><phase-listener>" + TemplatePageMarker.class.getName() + "</phase-listener></lifecycle>"
                        + "</faces-config>"), "faces-config.xml");
        return Deployments.portal().addAsLibrary(marker).addAsWebResource(new StringAsset("<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:ui=\"jakarta.faces.facelets\" template=\"/WEB-INF/templates/layout.xhtml\">"
                + "<ui:define name=\"title\">Template</ui:define><ui:define name=\"content\"><p id=\"template\">Template</p>"
                + "</ui:define></ui:composition>"), TEMPLATE_PAGE.substring(1));
    }

    /** A Faces page and nothing else: the cost of the server and Faces alone. */
    static WebArchive hello() {
        return ShrinkWrap.create(WebArchive.class, "hello.war")
                .addAsWebResource(new StringAsset("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\""
                        + " xmlns:h=\"jakarta.faces.html\"><h:head><title>Hello</title></h:head><h:body>"
                        + "<h:outputText id=\"greeting\" value=\"Hello\"/></h:body></html>"), "hello.xhtml")
                .addAsWebInfResource(new StringAsset("<faces-config xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\"/>"),
                        "faces-config.xml")
                // Faces 4 runs on CDI, which a WAR without beans gets only from a beans.xml.
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                        + " bean-discovery-mode=\"all\"/>"), "beans.xml")
                .addAsWebInfResource(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<servlet><servlet-name>Faces</servlet-name><servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>"
                        + "</servlet><servlet-mapping><servlet-name>Faces</servlet-name><url-pattern>*.xhtml</url-pattern>"
                        + "</servlet-mapping></web-app>"), "web.xml");
    }

    @Test
    void measure() throws Exception {
        useGeneratedDatabase();
        Path dir = Files.createDirectories(ItSettings.targetDir().resolve("load"));
        Path helloWar = dir.resolve("hello.war");
        hello().as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class).exportTo(helloWar.toFile(), true);

        List<Double> bare = new ArrayList<>();
        List<Double> portal = new ArrayList<>();
        for (int i = 0; i < BOOTS; i++) {
            bare.add(boot(() -> PortalNode.start(hello(), "bare", List.of("--nocluster"), "/hello.xhtml")));
            portal.add(boot(() -> PortalNode.start(portal(), "portal", List.of("--nocluster"), "/help")));
        }
        if (BOOTS > 0) {
            System.out.printf(Locale.ROOT, "BENCHMARK boot to ready: portal %.1f s, bare Payara Micro with a hello WAR %.1f s, ratio %.2f (boots: portal %s, bare %s)%n",
                    median(portal), median(bare), median(portal) / median(bare), portal, bare);
        }
        boolean gatling = Boolean.parseBoolean(System.getProperty("load.gatling", "true"));
        if (!gatling && SESSIONS == 0) {
            return;
        }
        // A node of its own (its own root directory): the boots above leave their context roots in theirs.
        try (PortalNode node = PortalNode.start(portal(), "portal-and-hello", List.of("--nocluster", "--deploy", helloWar.toString()))) {
            anonymousSessions(node);
            // Sessions first: the load run leaves thousands of sessions behind, whose expiry would
            // show in the heap while these are measured.
            if (SESSIONS > 0) {
                SessionHeap heap = heapPerSession(node);
                System.out.printf(Locale.ROOT, "BENCHMARK heap per member session (%d sessions, each after the four tabs):"
                        + " %.1f KB freed when they log out; the heap grew by %.1f KB per session%n",
                        SESSIONS, heap.freedAtLogout() / 1024, heap.grown() / 1024);
            }
            if (gatling) {
                report(runGatling(node.root(), dir));
            }
        }
    }

    private interface Start {
        PortalNode start();
    }

    /** Seconds from launching the process to its first good answer. */
    private static double boot(Start start) {
        long began = System.nanoTime();
        try (PortalNode node = start.start()) {
            return (System.nanoTime() - began) / 1e9;
        }
    }

    /** The nodes read the benchmark database, not the test one (nothing here empties it). */
    private static void useGeneratedDatabase() throws IOException {
        System.setProperty("it.db.url", System.getProperty("data.db.url", "jdbc:postgresql://127.0.0.1:5432/support_bench"));
        System.setProperty("it.db.user", System.getProperty("data.db.user", "support"));
        System.setProperty("it.db.password", System.getProperty("data.db.password", "support"));
        System.setProperty("it.node.heap", System.getProperty("load.node-heap", "2g"));
        System.setProperty("it.node.jvm-options", System.getProperty("load.node-jvm-options", ""));
        System.setProperty("it.data.dir", Files.createDirectories(ItSettings.targetDir().resolve("load/data")).toString());
    }

    /** Runs the simulation in its own JVM (Gatling's launcher ends its process) and reads its statistics. */
    private static Map<String, Stats> runGatling(URI root, Path dir) throws IOException, InterruptedException {
        Path results = Files.createDirectories(dir.resolve("gatling"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // Gatling reflects into java.lang, which Java 17 allows only when asked.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dload.base=" + root.toString().replaceAll("/$", "")));
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("load."))
                .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
        command.addAll(List.of("-cp", classpath, "io.gatling.app.Gatling", "-s", PortalSimulation.class.getName(),
                "-rf", results.toString()));
        // Into a file: the test JVM's own standard output is the channel failsafe reads its results from.
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("gatling.log").toFile()).start();
        int exit = gatling.waitFor();
        Path newest;
        try (Stream<Path> runs = Files.list(results)) {
            newest = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no results (exit " + exit + ")"));
        }
        return Stats.read(newest.resolve("js/stats.js"), Long.getLong("load.seconds", 30));
    }

    /**
     * Per session: the heap the sessions' end gives back (what the sessions themselves hold, in memory and
     * in the session store's copy), and, beside it, all the heap grew by while they were opened (which also
     * counts what stays after them: caches the logins and pages filled, the server's connection buffers).
     */
    private record SessionHeap(double freedAtLogout, double grown) {
    }

    /**
     * Heap after a full collection, with {@link #SESSIONS} members logged in who have each opened the four
     * Support Center tabs, against the heap before they logged in and after they logged out.
     */
    private static SessionHeap heapPerSession(PortalNode node) throws Exception {
        URL base = node.root().toURL();
        double before = heapAfterGc(node);
        // Two at a time, as the password hashing of each login keeps one core busy.
        List<PortalClient> members = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool logins = new ForkJoinPool(2);
        logins.submit(() -> IntStream.rangeClosed(1, SESSIONS).parallel().forEach(i -> {
            PortalClient member = new PortalClient(base);
            HttpResponse<String> login = FacesForm.open(member, "/login", "login").set("login:email", "user2." + i + "@generated.example")
                    .set("login:password", PortalSimulation.PASSWORD).submit(member, "login:submit");
            if (!PortalClient.isRedirect(login)) {
                throw new IllegalStateException("member " + i + " could not log in");
            }
            // A member who has used the four tabs: each page's view state is kept in the session.
            for (String page : List.of("/support/home", "/support/topics?q=payment", "/support/history", "/support/ask")) {
                if (member.get(page).statusCode() != 200) {
                    throw new IllegalStateException("member " + i + " could not open " + page);
                }
            }
            members.add(member);
        })).get();
        // Each client above keeps its connection open, and the server a buffer for each: what is measured
        // is the sessions, so the server first closes the idle connections (after its 30 s keep-alive).
        long idle = Long.getLong("load.idle-seconds", 40) * 1_000;
        Thread.sleep(idle);
        double open = heapAfterGc(node);
        logins.submit(() -> members.parallelStream().forEach(member -> {
            if (!PortalClient.isRedirect(member.postForm(member.uri("/logout"), Map.of()))) {
                throw new IllegalStateException("a member could not log out");
            }
        })).get();
        logins.shutdown();
        Thread.sleep(idle);
        double ended = heapAfterGc(node);
        return new SessionHeap((open - ended) / members.size(), (open - before) / members.size());
    }

    /**
     * Visitors cost no session: {@link #ANONYMOUS_REQUESTS} GETs of the public addresses, two at a time, counted
     * on the node ({@code support_sessions_created_total}) and in the answers (a session cookie set).
     */
    private static void anonymousSessions(PortalNode node) throws Exception {
        URL base = node.root().toURL();
        double before = sessionsCreated(node);
        java.util.concurrent.atomic.AtomicLong cookies = new java.util.concurrent.atomic.AtomicLong();
        ForkJoinPool visitors = new ForkJoinPool(2);
        visitors.submit(() -> IntStream.range(0, ANONYMOUS_REQUESTS).parallel().forEach(i -> {
            // A new client each time, as a crawler or a visitor without cookies comes.
            HttpResponse<String> answer = new PortalClient(base).get(PUBLIC_ADDRESSES.get(i % PUBLIC_ADDRESSES.size()));
            if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.toUpperCase(Locale.ROOT).startsWith("JSESSIONID"))) {
                cookies.incrementAndGet();
            }
        })).get();
        visitors.shutdown();
        System.out.printf(Locale.ROOT, "BENCHMARK anonymous requests: %,d GETs of %d public addresses; sessions created on the node: %.0f;"
                + " session cookies set: %d%n", ANONYMOUS_REQUESTS, PUBLIC_ADDRESSES.size(), sessionsCreated(node) - before, cookies.get());
    }

    private static double sessionsCreated(PortalNode node) throws Exception {
        String metrics = new PortalClient(node.root().toURL()).metrics("?scope=application").body();
        Matcher created = SESSIONS_CREATED.matcher(metrics);
        return created.find() ? Double.parseDouble(created.group(1)) : 0;
    }

    private static double heapAfterGc(PortalNode node) throws Exception {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(node.pid()),
                "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        Thread.sleep(1_000);
        String metrics = new PortalClient(node.root().toURL()).metrics("?scope=base").body();
        Matcher heap = HEAP.matcher(metrics);
        if (!heap.find()) {
            throw new IllegalStateException("no heap figure in /metrics");
        }
        return Double.parseDouble(heap.group(1));
    }

    private static void report(Map<String, Stats> stats) {
        System.out.println();
        System.out.println("BENCHMARK load (Gatling; p50/p95/p99 in ms; throughput in requests/s; ratio = portal page / hello page"
                + " at the same users; template = portal page / the portal's empty layout at the same users)");
        System.out.printf(Locale.ROOT, "%-14s %8s %8s %8s %10s %12s %12s %14s %8s%n", "page@users", "p50", "p95", "p99", "req/s",
                "req/s ratio", "p99 ratio", "template ratio", "failed");
        stats.forEach((name, s) -> {
            String users = name.substring(name.indexOf('@') + 1);
            Stats hello = stats.get("hello@" + users);
            Stats template = stats.get("template@" + users);
            System.out.printf(Locale.ROOT, "%-14s %8.0f %8.0f %8.0f %10.1f %12s %12s %14s %8d%n", name, s.p50(), s.p95(), s.p99(), s.throughput(),
                    hello == null ? "-" : String.format(Locale.ROOT, "%.2f", s.throughput() / hello.throughput()),
                    hello == null ? "-" : String.format(Locale.ROOT, "%.2f", s.p99() / Math.max(1, hello.p99())),
                    template == null ? "-" : String.format(Locale.ROOT, "%.2f", s.throughput() / template.throughput()), s.failed());
        });
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One request name's figures from Gatling's stats.json (its percentiles 1 to 4 are 50, 75, 95 and 99). */
    record Stats(double p50, double p95, double p99, double throughput, long failed) {

        // A request's figures run from its name to its mean throughput (the response-time groups between have names too).
        private static final Pattern REQUEST = Pattern.compile(
                "\"name\": \"([^\"]+@\\d+)\",(.*?\"meanNumberOfRequestsPerSecond\": \\{[^}]*})", Pattern.DOTALL);

        /**
         * Gatling 3.13 writes its statistics as a script (js/stats.js); each request's block follows its
         * name. Its "mean requests per second" divides by the whole simulation's length, so the
         * throughput here is the phase's count over the phase's measured seconds (all its users start
         * together after logging in and loop for exactly that long).
         */
        static Map<String, Stats> read(Path statsJs, long phaseSeconds) throws IOException {
            Map<String, Stats> found = new LinkedHashMap<>();
            Matcher request = REQUEST.matcher(Files.readString(statsJs));
            while (request.find()) {
                String block = request.group(2);
                found.putIfAbsent(request.group(1), new Stats(total(block, "percentiles1"), total(block, "percentiles3"),
                        total(block, "percentiles4"), total(block, "numberOfRequests") / phaseSeconds, count(block, "ko")));
            }
            return found;
        }

        private static double total(String block, String key) {
            Matcher value = Pattern.compile("\"" + key + "\": \\{\\s*\"total\": \"([0-9.]+)\"").matcher(block);
            return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
        }

        private static long count(String block, String kind) {
            Matcher value = Pattern.compile("\"numberOfRequests\": \\{\\s*\"total\": \"\\d+\",\\s*\"ok\": \"\\d+\",\\s*\"ko\": \"(\\d+)\"")
                    .matcher(block);
            return value.find() ? Long.parseLong(value.group(1)) : -1;
        }
    }
}
