package io.supportcenter.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The portal's main pages for one user alone (the time a page takes without waiting for others) and
 * under 10, 50 and 100 concurrent users, one page at a time, each phase after the
 * one before: the baseline (a bare Faces hello page in the same server), the portal's layout with no content
 * and no session (the "template page", a second baseline), the public help page for visitors, Support Home, a Browse Topics
 * search, the first page of Support History, the first page of a staff queue, and sending an Ask a
 * Question form. Every user logs in once (a generated member, or the demo agent for the queue) and then
 * asks for its page in a loop; requests are named {@code page@users}, so the report gives each phase's
 * percentiles and throughput. Settings (system properties): load.base (http://localhost:8080),
 * load.seconds (measured seconds per phase, 30), load.warmup-seconds (10), load.accounts (generated
 * accounts to log in as, 100000), load.levels (1,10,50,100), load.pages (all).
 */
public class PortalSimulation extends Simulation {

    static final String BASE = System.getProperty("load.base", "http://localhost:8080");
    static final String PASSWORD = "correct-horse-42";
    static final String AGENT = "agent@support.example";
    static final List<String> WORDS = List.of("payment", "report", "link", "commission", "tracking", "banner", "password",
            "invoice", "advertiser", "coupon", "feed", "mobile", "threshold", "currency", "dashboard", "export");
    static final List<String> PAGES = List.of("hello", "template", "help", "home", "search", "history", "queue", "ask");

    private static final long SECONDS = Long.getLong("load.seconds", 30);
    private static final long WARMUP = Long.getLong("load.warmup-seconds", 10);
    private static final long ACCOUNTS = Long.getLong("load.accounts", 100_000);
    private static final AtomicLong NEXT_MEMBER = new AtomicLong();

    /** Each virtual user its own generated member, as many different members use the portal at once. */
    private static Iterator<Map<String, Object>> members() {
        return Stream.generate(() -> {
            long account = 1 + (NEXT_MEMBER.getAndIncrement() * 7919) % ACCOUNTS;
            return Map.<String, Object>of("email", "user1." + account + "@generated.example",
                    "word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())));
        }).iterator();
    }

    /** Opens a form page and keeps what posting it back needs: the view state and PrimeFaces' nonce. */
    private static ChainBuilder formPage(String name, String path, String formId) {
        return exec(http(name).get(path).check(status().is(200),
                css("form#" + formId, "action").saveAs("action"),
                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")));
    }

    static final ChainBuilder MEMBER_LOGIN = formPage("login form", "/login", "login")
            .exec(http("login").post("#{action}")
                    .formParam("login", "login").formParam("login:email", "#{email}").formParam("login:password", PASSWORD)
                    .formParam("login:submit", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(css("#tab-home").exists()));

    static final ChainBuilder AGENT_LOGIN = formPage("staff login form", "/staff/login", "staffLogin")
            .exec(http("staff login").post("#{action}")
                    .formParam("staffLogin", "staffLogin").formParam("staffLogin:email", AGENT)
                    .formParam("staffLogin:password", PASSWORD).formParam("staffLogin:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200)));

    private static ChainBuilder page(String page, String name) {
        return switch (page) {
            case "hello" -> exec(http(name).get("/hello/hello.xhtml").check(status().is(200), css("#greeting").exists()));
            // The portal's own layout with nothing in it, for no one: what the stack and the layout cost before a page adds anything.
            case "template" -> exec(http(name).get(LoadBenchmark.TEMPLATE_PAGE).check(status().is(200), css("#template").exists(),
                    header("Set-Cookie").notExists()));
            case "help" -> exec(http(name).get("/help").check(status().is(200), css("#page-title").exists(),
                    header("Set-Cookie").notExists()));
            case "home" -> exec(http(name).get("/support/home").check(status().is(200), css("#tab-home").exists()));
            case "search" -> exec(http(name).get("/support/topics?q=#{word}").check(status().is(200), css("#tab-topics").exists()));
            case "history" -> exec(http(name).get("/support/history").check(status().is(200), css("#tab-history").exists()));
            case "queue" -> exec(http(name).get("/staff/queues").check(status().is(200), css("[id='queue:inquiries']").exists()));
            case "ask" -> exec(session -> session.set("subject", "Load question " + ThreadLocalRandom.current().nextInt(1_000_000)))
                    .exec(http("ask form").get("/support/ask").check(status().is(200),
                            css("form#ask", "action").saveAs("action"),
                            css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                            regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce"),
                            regex("(?s)data-rowkey=\"([^\"]+)\"(?:(?!data-rowkey).)*?>\\s*Web Services\\s*<").saveAs("category")))
                    .exec(http("ask continue").post("#{action}").formParam("ask", "ask")
                            .formParam("ask:category_selection", "#{category}").formParam("ask:subject", "#{subject}")
                            .formParam("ask:question", "How do I find my web services key? #{subject}")
                            .formParam("ask:continue", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                    // Finish posts the whole form as a browser does: a tree without its selection parameter
                    // would be decoded as "nothing chosen" and the submit refused.
                    .exec(http(name).post("#{action}").formParam("ask", "ask")
                            .formParam("ask:category_selection", "#{category}").formParam("ask:subject", "#{subject}")
                            .formParam("ask:question", "How do I find my web services key? #{subject}")
                            .formParam("ask:finish", "")
                            .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), css("#inquiry-status").exists()));
            default -> throw new IllegalArgumentException("no page " + page);
        };
    }

    private static PopulationBuilder phase(String page, int users, long seconds, String name) {
        ChainBuilder login = switch (page) {
            case "hello", "template", "help" -> exec(session -> session);
            case "queue" -> AGENT_LOGIN;
            default -> MEMBER_LOGIN;
        };
        // Logins (deliberately slow password hashing) are not measured: every user waits for the others
        // to have logged in, then all ask for the page for the same measured seconds.
        return scenario(name).feed(members()).exec(login).rendezVous(users).during(Duration.ofSeconds(seconds))
                .on(page(page, name)).injectOpen(atOnceUsers(users));
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html").disableCaching().shareConnections();
        List<Integer> levels = Stream.of(System.getProperty("load.levels", "1,10,50,100").split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
        List<String> pages = Stream.of(System.getProperty("load.pages", String.join(",", PAGES)).split(","))
                .map(String::trim).toList();
        List<PopulationBuilder> phases = new ArrayList<>();
        for (String page : pages) {
            // Warmed up by several users, so that one user alone is not measured on a cold page.
            phases.add(phase(page, Math.max(10, levels.get(0)), WARMUP, "warmup " + page));
            for (int users : levels) {
                phases.add(phase(page, users, SECONDS, page + "@" + users));
            }
        }
        // Each phase starts when the one before has ended: built from the last one backwards.
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }
}
