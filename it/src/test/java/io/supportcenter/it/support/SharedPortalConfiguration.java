package io.supportcenter.it.support;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * The settings of the {@code shared-portal} container in arquillian.xml. The JVM options
 * ({@code cmdOptions}) are read by {@link PortalNode} itself, because the nodes that tests start
 * without Arquillian (a second node, a cluster) need exactly the same ones.
 */
public class SharedPortalConfiguration implements ContainerConfiguration {

    private String cmdOptions;
    private int startupTimeoutInSeconds = 180;

    public String getCmdOptions() {
        return cmdOptions;
    }

    public void setCmdOptions(String cmdOptions) {
        this.cmdOptions = cmdOptions;
    }

    public int getStartupTimeoutInSeconds() {
        return startupTimeoutInSeconds;
    }

    public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
        this.startupTimeoutInSeconds = startupTimeoutInSeconds;
    }

    @Override
    public void validate() throws ConfigurationException {
        if (cmdOptions == null || cmdOptions.isBlank()) {
            throw new ConfigurationException("arquillian.xml: the shared-portal container needs cmdOptions");
        }
        if (startupTimeoutInSeconds < 10) {
            throw new ConfigurationException("arquillian.xml: startupTimeoutInSeconds must be at least 10");
        }
    }
}
