package io.supportcenter.it.support;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records the demo-data counts at the end of every Arquillian test class, while its Payara is still
 * up (this extension is registered after ArquillianExtension, so its afterAll runs first). OperationsIT
 * compares them: a second boot against the same database must not load the demo data again.
 */
public final class DemoDataLedger implements AfterAllCallback {

    public record Entry(String testClass, TestDatabase.DemoCounts counts) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    public static synchronized List<Entry> entries() {
        return List.copyOf(ENTRIES);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName();
        try {
            TestDatabase.DemoCounts counts = TestDatabase.current().countDemoData();
            synchronized (DemoDataLedger.class) {
                ENTRIES.add(new Entry(name, counts));
            }
        } catch (Exception e) {
            // A class whose deployment failed has already failed loudly; its counts are simply missing.
            System.err.println("[it] no demo-data counts recorded after " + name + ": " + e);
        }
    }
}
