import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the portal on Payara Micro for the README's run command: {@code java RunPortal.java <payara-micro.jar>
 * <war> <port>}. Payara Micro prints "ready" even when the deployment failed, so this launcher waits for
 * the application's own readiness (/health/ready) and stops with a non-zero exit and a plain message when
 * the deployment fails or never becomes ready. Extra JVM options for Payara come from SUPPORT_JAVA_OPTS.
 */
public class RunPortal {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** Once Payara says it is ready, the portal has this long to report ready itself. */
    private static final Duration APPLICATION_GRACE = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java RunPortal.java <payara-micro.jar> <war> <port>");
            System.exit(2);
        }
        String port = args[2];
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.add("-Dproduct.name="); // no "Server: Payara Micro" header (docs/operations.md)
        String extra = System.getenv("SUPPORT_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", args[0], "--deploy", args[1], "--contextroot", "/", "--port", port, "--nocluster"));
        Process payara = new ProcessBuilder(command).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(payara::destroy));

        AtomicBoolean deploymentFailed = new AtomicBoolean();
        AtomicReference<Instant> payaraReadyAt = new AtomicReference<>();
        Thread echo = new Thread(() -> echo(payara, deploymentFailed, payaraReadyAt), "payara-output");
        echo.setDaemon(true);
        echo.start();

        String url = "http://localhost:" + port + "/";
        // HTTP/1.1: the client's default offers an h2c upgrade on plain http, and Payara's Grizzly HTTP/2 code has been
        // seen to hang listener threads on it; the launcher then waited out its grace with every health request timing out.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String lastHealth = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                fail("Payara Micro exited with code " + payara.exitValue() + " before the portal was ready.", payara);
            }
            if (deploymentFailed.get()) {
                Thread.sleep(2000); // let the rest of the server's explanation reach the console
                fail("The deployment of the portal failed: see the SEVERE messages above.", payara);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                lastHealth = health.statusCode() + " " + health.body();
                if (health.statusCode() == 200 && health.body().contains("\"database\"")) {
                    System.out.println();
                    System.out.println("==> Support Center is running at " + url + "  (stop it with Ctrl+C)");
                    System.out.println();
                    System.exit(payara.waitFor());
                }
            } catch (IOException notYet) {
                lastHealth = notYet.toString();
            }
            Instant serverReady = payaraReadyAt.get();
            // A deployed portal waits for its database by itself (as a production node should); run from here, on a
            // newcomer's machine, a database that is not there soon is a wrong setting to tell about at once.
            if (serverReady != null && lastHealth.contains("waiting for the database")) {
                fail("The portal cannot reach its database (support.db.url): see the WARNING above.", payara);
            }
            if (serverReady != null && lastHealth.contains("a setting cannot be used")) {
                Thread.sleep(1000); // let the explanation reach the console
                fail("A setting cannot be used: see the SEVERE message above.", payara);
            }
            if (serverReady != null && Instant.now().isAfter(serverReady.plus(APPLICATION_GRACE))) {
                fail("Payara Micro started but the portal did not report ready within " + APPLICATION_GRACE.toSeconds()
                        + " s (last health answer: " + lastHealth + "); see the messages above.", payara);
            }
            Thread.sleep(1000);
        }
        fail("The portal did not become ready within " + READY_TIMEOUT.toMinutes() + " minutes (last health answer: "
                + lastHealth + ").", payara);
    }

    private static void echo(Process payara, AtomicBoolean deploymentFailed, AtomicReference<Instant> payaraReadyAt) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                // Deployment errors are logged as SEVERE by the server core (javax.enterprise.system.core).
                if ((line.contains("SEVERE") && line.contains("javax.enterprise.system.core"))
                        || line.contains("Exception while deploying the app") || line.contains("Exception during lifecycle processing")) {
                    deploymentFailed.set(true);
                }
                if (line.contains("Payara Micro") && line.contains(" ready in ")) {
                    payaraReadyAt.compareAndSet(null, Instant.now());
                }
            }
        } catch (IOException ignored) {
            // the process ended; main() reports why
        }
    }

    private static void fail(String reason, Process payara) {
        System.err.println();
        System.err.println("==> DEPLOYMENT FAILED: " + reason);
        payara.destroy();
        System.exit(1);
    }
}
