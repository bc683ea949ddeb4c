package io.supportcenter.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Registered before ArquillianExtension: empties the shared database before the first Payara boot of the pass. */
public final class SuiteDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.prepareOnce();
    }
}
