package io.supportcenter.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that deploys the portal on its own Payara Micro. The order matters: the
 * database is prepared before Arquillian reads arquillian.xml (which needs the it.db.* properties),
 * and the ledger's afterAll runs before Arquillian's undeploys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({SuiteDatabase.class, ArquillianExtension.class, DemoDataLedger.class})
public @interface RunsOnPayara {
}
