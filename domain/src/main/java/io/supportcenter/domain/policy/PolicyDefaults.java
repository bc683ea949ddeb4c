package io.supportcenter.domain.policy;

import java.util.Optional;

/** Port to the operator's configuration (MicroProfile Config in the web tier): the default of a policy. */
@FunctionalInterface
public interface PolicyDefaults {

    /** The value configured under {@code configKey}, if any. */
    Optional<String> configured(String configKey);
}
