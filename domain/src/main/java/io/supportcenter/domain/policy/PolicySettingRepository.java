package io.supportcenter.domain.policy;

import java.util.List;
import java.util.Optional;

/** Port to the admins' policy values; implemented in the persistence module. */
public interface PolicySettingRepository {

    List<PolicySetting> findAll();

    Optional<PolicySetting> find(Policy policy);

    void add(PolicySetting setting);

    void remove(PolicySetting setting);
}
