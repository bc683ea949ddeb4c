package io.supportcenter.it.support;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes that deploy the shared portal first and the classes that start nodes of their own (and
 * stop the shared portal, see {@link OwnNodes}) last, so that {@link SharedPortalContainer} boots it once per
 * pass. Within a group, by name. Only speed depends on this order: every class makes its own data and passes
 * in any order (registered in junit-platform.properties; a random order is a system property away).
 */
public class PortalConfigurationOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor d) -> !deploys(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static boolean deploys(Class<?> testClass) {
        return Arrays.stream(testClass.getDeclaredMethods()).anyMatch((Method m) -> m.isAnnotationPresent(Deployment.class));
    }
}
