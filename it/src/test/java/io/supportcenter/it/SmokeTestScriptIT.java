package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.support.Deployments;
import io.supportcenter.it.support.PortalNode;
import io.supportcenter.it.support.RunsOnPayara;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The operator's smoke test (it/src/smoke/smoke-test.sh, docs/operations.md) run as an operator runs it. */
@RunsOnPayara
class SmokeTestScriptIT {

    private static final Path SCRIPT = Path.of("src", "smoke", "smoke-test.sh");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private record Run(int exitCode, String output) {
    }

    private static Run run(String address) throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", SCRIPT.toString(), address).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(90, TimeUnit.SECONDS), "the script ends");
        return new Run(script.exitValue(), output);
    }

    @Test
    void aHealthyPortalPassesWithExitCodeZero() throws Exception {
        Run run = run("http://localhost:" + base.getPort() + "/");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("ok      public search"), run.output());
    }

    @Test
    void anAddressWhereNoPortalAnswersFailsWithExitCodeOneAndSaysWhich() throws Exception {
        Run run = run("http://127.0.0.1:" + PortalNode.freePort());
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("FAILED  ready"), run.output());
    }
}
