package io.supportcenter.it.support;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * Runs the classes of one portal configuration one after another (the standard portal first, then any
 * other configuration, then the classes that start their own nodes and stop the shared portal), so that
 * {@link SharedPortalContainer} boots each configuration once per pass. Within a group, by name. Only speed
 * depends on this order: every class makes its own data and would pass in any order (registered in
 * junit-platform.properties).
 */
public class PortalConfigurationOrder implements ClassOrderer {

    private static final String STANDARD = "portal.war";
    private static final String OWN_NODES = "~";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Map<Class<?>, String> configurations = new HashMap<>();
        for (ClassDescriptor descriptor : context.getClassDescriptors()) {
            configurations.put(descriptor.getTestClass(), configurationOf(descriptor.getTestClass()));
        }
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor d) -> !STANDARD.equals(configurations.get(d.getTestClass())))
                .thenComparing(d -> configurations.get(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    /** The name of the archive the class deploys, or {@link #OWN_NODES} for a class without a deployment. */
    static String configurationOf(Class<?> testClass) {
        for (Method method : testClass.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Deployment.class)) {
                try {
                    method.setAccessible(true);
                    return ((Archive<?>) method.invoke(null)).getName();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // Arquillian reports the broken deployment method when the class runs.
                    return OWN_NODES;
                }
            }
        }
        return OWN_NODES;
    }
}
