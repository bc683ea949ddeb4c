package io.supportcenter.web.config;

/**
 * A setting that cannot be used, said with its key and the rule ("support.proxy.trusted: "10.0.0.300" is not an IP
 * address"): the node cannot start with it, and waiting will not help.
 */
public class ConfigurationError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationError(String message) {
        super(message);
    }
}
