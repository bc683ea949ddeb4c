package io.supportcenter.it.support;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes that deploy the shared portal together and the classes that start nodes of their own (and
 * stop the shared portal, see {@link OwnNodes}) last, so that {@link SharedPortalContainer} boots it once per
 * pass. Within a group, by name. Only speed depends on this order: every class makes its own data and passes
 * in any order (registered in junit-platform.properties; a random order is a system property away).
 */
public class PortalConfigurationOrder implements ClassOrderer {

    /**
     * {@code it.own-nodes-first=true} (the PostgreSQL pass) puts the classes with their own nodes first instead:
     * the two passes of {@code .ci/run} run side by side, and their clusters should not boot on the same cores at once.
     */
    static final String OWN_NODES_FIRST = "it.own-nodes-first";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        boolean ownNodesFirst = Boolean.getBoolean(OWN_NODES_FIRST);
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor d) -> deploys(d.getTestClass()) == ownNodesFirst)
                .thenComparing(d -> d.getTestClass().getName()));
    }

    /** Whether the class or one it extends (the journeys' {@code PortalJourney}) names a deployment. */
    private static boolean deploys(Class<?> testClass) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            if (Arrays.stream(type.getDeclaredMethods()).anyMatch((Method m) -> m.isAnnotationPresent(Deployment.class))) {
                return true;
            }
        }
        return false;
    }
}
