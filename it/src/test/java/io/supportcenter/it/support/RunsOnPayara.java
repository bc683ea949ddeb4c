package io.supportcenter.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the portal its {@code @Deployment} names, on the Payara Micro that
 * {@link SharedPortalContainer} keeps for that configuration. The database is prepared first, because
 * Arquillian reads arquillian.xml (which needs the it.db.* properties) when the first class starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({SuiteDatabase.class, ArquillianExtension.class})
public @interface RunsOnPayara {
}
