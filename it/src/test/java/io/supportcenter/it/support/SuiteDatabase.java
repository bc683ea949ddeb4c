package io.supportcenter.it.support;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered before ArquillianExtension: empties the shared database before the first Payara boot
 * and, after Arquillian has undeployed, waits until that Payara process has really gone. The
 * container only signals the process, and the next class must not boot against a database file
 * that the previous Payara still holds open.
 */
public final class SuiteDatabase implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.prepareOnce();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        List<ProcessHandle> payaras = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
                .toList();
        for (ProcessHandle payara : payaras) {
            try {
                payara.onExit().get(90, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                payara.destroyForcibly();
                throw new IllegalStateException("Payara Micro (pid " + payara.pid()
                        + ") did not stop within 90 s after undeployment; killed it");
            }
        }
    }
}
