package io.supportcenter.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedPortalContainer} as the one container adapter of the suite (META-INF/services). */
public class SharedPortalExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeployableContainer.class, SharedPortalContainer.class);
    }
}
