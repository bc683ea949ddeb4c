package io.supportcenter.domain.policy;

import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.inquiry.AttachmentPolicy;
import io.supportcenter.domain.inquiry.ServiceLevels;
import io.supportcenter.domain.lifecycle.DormancySchedule;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The policies in force: configured defaults with admins' values over them (SPEC §7, administration).
 * Services take the rule objects as {@code Supplier}s and ask per use, so a change applies without a
 * restart: at once on the node where it was made, and within {@link #FRESH_FOR} on every other node
 * (each re-reads the few rows when its copy is older than that).
 */
@ApplicationScoped
public class Policies {

    static final Duration FRESH_FOR = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(Policies.class.getName());

    private PolicyDefaults defaults;
    private PolicySettingRepository settings;
    private StaffUserRepository staff;
    private Event<DomainEvent> events;
    private Clock clock;

    private volatile Loaded loaded;
    /** Moves with every change made here: a read that began before it must not put older values back. */
    private final AtomicLong generation = new AtomicLong();

    protected Policies() {
        // for CDI proxies
    }

    @Inject
    public Policies(PolicyDefaults defaults, PolicySettingRepository settings, StaffUserRepository staff, Event<DomainEvent> events, Clock clock) {
        this.defaults = defaults;
        this.settings = settings;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** The values in force now. */
    public PolicyValues now() {
        Loaded current = loaded;
        Instant at = clock.instant();
        if (current == null || current.at().plus(FRESH_FOR).isBefore(at)) {
            long readFrom = generation.get();
            try {
                current = new Loaded(PolicyValues.of(configured(), overrides(), clock), at);
            } catch (RuntimeException e) {
                if (current == null) {
                    throw e;
                }
                // The database is away (a restart, say): the values last read stay in force, and the
                // next read is tried when they are due again, not on every call meanwhile.
                LOG.log(Level.WARNING, "Could not re-read the policies; the values read at {0} stay in force: {1}",
                        new Object[] {current.at(), e.toString()});
                current = new Loaded(current.values(), at);
            }
            if (generation.get() == readFrom) {
                loaded = current;
            }
        }
        return current.values();
    }

    @Produces
    public Supplier<ServiceLevels> serviceLevelsInForce() {
        return () -> now().serviceLevels();
    }

    @Produces
    public Supplier<AuthPolicy> authPolicyInForce() {
        return () -> now().auth();
    }

    @Produces
    public Supplier<AttachmentPolicy> attachmentPolicyInForce() {
        return () -> now().attachments();
    }

    @Produces
    public Supplier<DormancySchedule> dormancyScheduleInForce() {
        return () -> now().dormancy();
    }

    /** Every policy with its default and an admin's value, for the policies page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Setting> settings(Caller.Staff caller) {
        staff.requireAdmin(caller);
        Map<Policy, String> configured = configured();
        Map<Policy, PolicySetting> stored = new EnumMap<>(Policy.class);
        settings.findAll().forEach(setting -> stored.put(setting.getPolicy(), setting));
        PolicyValues values = now();
        return Arrays.stream(Policy.values()).map(policy -> {
            PolicySetting setting = stored.get(policy);
            return new Setting(policy, configured.get(policy), values.value(policy), setting == null ? null : setting.getChangedAt(),
                    setting == null ? null : setting.getChangedBy());
        }).toList();
    }

    /**
     * Sets the typed values: a value equal to the default, or left empty, returns the policy to its
     * default. Every value is checked on its own and with the others before anything is saved.
     *
     * @return how many policies changed
     * @throws PolicyRefusals naming each policy whose field explains a refusal; nothing is saved
     */
    @Transactional
    public int change(Caller.Staff caller, Map<Policy, String> typed) {
        staff.requireAdmin(caller);
        Map<Policy, String> configured = configured();
        Map<Policy, String> current = overrides();
        Map<Policy, String> wanted = new EnumMap<>(current);
        List<PolicyRefusal> refused = new ArrayList<>();
        typed.forEach((policy, raw) -> {
            try {
                String value = raw == null || raw.isBlank() ? null : policy.normalise(raw);
                if (value == null || value.equals(configured.get(policy))) {
                    wanted.remove(policy);
                } else {
                    wanted.put(policy, value);
                }
            } catch (PolicyRefusal refusal) {
                refused.add(refusal);
            }
        });
        if (!refused.isEmpty()) {
            throw new PolicyRefusals(refused);
        }
        PolicyValues before = now();
        PolicyValues after;
        try {
            after = PolicyValues.of(configured, wanted, clock);
        } catch (PolicyRefusal refusal) {
            throw new PolicyRefusals(List.of(refusal));
        }
        Instant at = clock.instant();
        int changed = 0;
        for (Policy policy : Policy.values()) {
            if (Objects.equals(current.get(policy), wanted.get(policy))) {
                continue;
            }
            store(policy, wanted.get(policy), caller.auditName(), at);
            events.fire(new PolicyChanged(caller, policy, before.value(policy), after.value(policy)));
            changed++;
        }
        // The saved values themselves, not a re-read: until this transaction commits, a read on another
        // thread would still find the old rows and keep them for FRESH_FOR (seen with jobs running every second).
        generation.incrementAndGet();
        loaded = new Loaded(after, at);
        return changed;
    }

    private void store(Policy policy, String value, String by, Instant at) {
        settings.find(policy).ifPresentOrElse(setting -> {
            if (value == null) {
                settings.remove(setting);
            } else {
                setting.change(value, by, at);
            }
        }, () -> {
            if (value != null) {
                settings.add(new PolicySetting(policy, value, by, at));
            }
        });
    }

    /** The configured defaults, canonical; a value that cannot be read stays as written so that checking names it. */
    private Map<Policy, String> configured() {
        Map<Policy, String> values = new EnumMap<>(Policy.class);
        for (Policy policy : Policy.values()) {
            String raw = defaults.configured(policy.configKey()).orElse(policy.builtInDefault());
            String value;
            try {
                value = policy.normalise(raw);
            } catch (PolicyRefusal e) {
                value = raw;
            }
            values.put(policy, value);
        }
        return values;
    }

    private Map<Policy, String> overrides() {
        Map<Policy, String> values = new EnumMap<>(Policy.class);
        settings.findAll().forEach(setting -> values.put(setting.getPolicy(), setting.getValue()));
        return values;
    }

    private record Loaded(PolicyValues values, Instant at) {
    }

    /**
     * One policy on the policies page.
     *
     * @param defaultValue the configured (or built-in) default
     * @param value        the value in force
     * @param changedAt    when an admin set it, or {@code null} while the default applies
     * @param changedBy    who set it (the caller as the audit log names them, such as {@code staff:3})
     */
    public record Setting(Policy policy, String defaultValue, String value, Instant changedAt, String changedBy)
            implements Serializable {

        public boolean isOverridden() {
            return changedAt != null;
        }
    }
}
