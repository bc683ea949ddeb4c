package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.calendar.UsFederalHolidays;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.policy.PolicyKind;
import io.supportcenter.domain.policy.PolicyRefusal;
import io.supportcenter.domain.policy.PolicyRefusals;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/admin/policies} (admins): every policy with its default and the value in force, changed
 * in one form. A refusal is shown next to each field concerned and every typed value stays in its field.
 */
@Named
@ViewScoped
public class PoliciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    @Inject
    CurrentUser currentUser;


    @Inject
    Clock clock;

    private final Map<String, Policies.Setting> settings = new HashMap<>();
    private final Map<String, String> typed = new HashMap<>();

    /** View action: the settings, and the values in force as the fields' contents. */
    public void load() {
        for (Policies.Setting setting : policies.settings(caller())) {
            settings.put(setting.policy().name(), setting);
            typed.put(setting.policy().name(), onePerLine(setting.policy().kind(), setting.value()));
        }
    }

    /** Lists read better one entry per line in their text area. */
    private static String onePerLine(PolicyKind kind, String value) {
        return switch (kind) {
            case DATES -> value.replace(",", "\n");
            case LIST -> value.replace(";", "\n");
            default -> value;
        };
    }

    public void save() throws IOException {
        Map<Policy, String> values = new EnumMap<>(Policy.class);
        typed.forEach((name, value) -> values.put(Policy.valueOf(name), value));
        try {
            policies.change(caller(), values);
        } catch (PolicyRefusals refused) {
            for (PolicyRefusal refusal : refused.refusals()) {
                Texts.error("policies:" + refusal.policy().name(), refusal.messageKey(), refusal.arguments().toArray());
            }
            Texts.error(null, refused.messageKey());
            return;
        }
        Redirects.withInfo("policies.saved", "/staff/admin/policies");
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    /** The page's sections with their policies; fixed, so that the form can be built before the view action runs. */
    public Map<Policy.Group, List<Policy>> getGroups() {
        return Arrays.stream(Policy.values()).collect(Collectors.groupingBy(Policy::group, () -> new EnumMap<>(Policy.Group.class),
                Collectors.toList()));
    }

    public Map<String, Policies.Setting> getSettings() {
        return settings;
    }

    /** The fields' contents by policy name. */
    public Map<String, String> getTyped() {
        return typed;
    }

    /** A policy's default as people read it (yes or no, the Login Help answer, days separated by commas). */
    public String defaultText(Policies.Setting setting) {
        String value = setting.defaultValue();
        if (value == null || value.isEmpty()) {
            return Texts.text("policies.default.none");
        }
        return switch (setting.policy().kind()) {
            case YES_NO -> Texts.text(Boolean.parseBoolean(value) ? "policies.yes" : "policies.no");
            case LOGIN_HELP_MODE -> Texts.text("policies.mode." + value);
            case DATES, SECONDS -> value.replace(",", ", ");
            case LIST -> value.replace(";", "; ");
            default -> value;
        };
    }

    /** The US federal holidays of this year and next, which apply while no list is set. */
    public String getFederalHolidays() {
        return UsFederalHolidays.thisAndNextYear(LocalDate.now(clock).getYear()).stream().sorted().map(LocalDate::toString)
                .collect(Collectors.joining(", "));
    }
}
