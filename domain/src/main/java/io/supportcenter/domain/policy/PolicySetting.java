package io.supportcenter.domain.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An admin's value for one policy, in force over the configured default until removed. */
@Entity
@Table(name = "policy_setting")
public class PolicySetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "policy", length = 80)
    private Policy policy;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "changed_by", nullable = false, length = 80)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PolicySetting() {
        // for JPA
    }

    public PolicySetting(Policy policy, String value, String changedBy, Instant changedAt) {
        this.policy = policy;
        change(value, changedBy, changedAt);
    }

    public final void change(String newValue, String by, Instant at) {
        this.value = newValue;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Policy getPolicy() {
        return policy;
    }

    public String getValue() {
        return value;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
