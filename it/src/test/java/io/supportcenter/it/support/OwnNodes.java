package io.supportcenter.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a class that starts Payara Micro nodes of its own (a cluster, a node behind a relay, the launcher):
 * prepares the shared database and stops the shared portal, whose jobs and CPU would otherwise run beside
 * those nodes. {@link PortalConfigurationOrder} runs these classes last, so the shared portal boots no more often.
 */
public final class OwnNodes implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.prepareOnce();
        SharedPortalContainer.stopShared(context.getRequiredTestClass().getSimpleName() + " starts nodes of its own");
    }
}
