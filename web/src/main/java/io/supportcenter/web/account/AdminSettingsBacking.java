package io.supportcenter.web.account;

import io.supportcenter.domain.account.MemberProfile;
import io.supportcenter.domain.account.UserSettings;
import io.supportcenter.domain.account.UserSummary;
import io.supportcenter.domain.administration.AdministrativeSettingsService;
import io.supportcenter.domain.auth.PasswordPolicyException;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.auth.PasswordProblems;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;

/**
 * Administrative Settings ({@code /account/admin}, {@code ?user=<id>} selects a user). Collects input
 * and calls one service method per action; the service checks on the server that the caller is the
 * SuperUser of the account owning the user. The SuperUser password unlocks the page for a while.
 */
@Named
@ViewScoped
public class AdminSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/account/admin";
    private static final String REFUSAL_REPORTED = AdminSettingsBacking.class.getName() + ".refusalReported";
    private static final String UNLOCKED_NOW = AdminSettingsBacking.class.getName() + ".unlockedNow";

    @Inject
    AdministrativeSettingsService admin;

    @Inject
    AdminGate gate;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    @Inject
    Moments moments;

    private Long selectedId;
    private String superUserPassword;

    @NotBlank(message = "{admin.add.name.required}")
    @Size(max = 120, message = "{account.user.name.too-long}")
    private String addName;
    @NotBlank(message = "{admin.add.email.required}")
    @Email(message = "{validation.email.invalid}")
    @Size(max = 254, message = "{login.email.too-long}")
    private String addEmail;
    private String addLanguage = "en";
    /** A new user's zone until the SuperUser picks another: the business calendar's ({@code support.calendar.zone}). */
    private String addTimeZone;

    @NotBlank(message = "{account.user.name.required}")
    @Size(max = 120, message = "{account.user.name.too-long}")
    private String editName;
    @NotBlank(message = "{login.email.required}")
    @Email(message = "{validation.email.invalid}")
    @Size(max = 254, message = "{login.email.too-long}")
    private String editEmail;
    private String editLanguage;
    private String editTimeZone;
    private String newPassword;
    private String newPasswordConfirmation;

    private List<UserSummary> users;
    private Boolean shownUnlocked;

    @PostConstruct
    void init() {
        addTimeZone = moments.calendarZone().getId();
    }

    /** View action: loads the selected user's settings into the form. */
    public void load() {
        selected().ifPresent(user -> {
            editName = user.name();
            editEmail = user.email();
            editLanguage = user.language();
            editTimeZone = user.timeZone();
        });
    }

    public boolean isSuperUser() {
        return currentUser.member().map(MemberProfile::superUser).orElse(false);
    }

    /**
     * Whether the unlocked part of the page shows. While a postback is processed it is the page as
     * it was shown, so that the pressed button is found and its action answers (refusing, with the
     * reason, if the role moved away or the unlock ran out meanwhile); when rendering, it is the
     * state as it is now.
     */
    public boolean isShowUnlocked() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && shownUnlocked != null) {
            return shownUnlocked;
        }
        shownUnlocked = isUnlocked();
        return shownUnlocked;
    }

    /** Asked of the domain once per request (the page asks many times while it renders). */
    public boolean isUnlocked() {
        return (Boolean) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(UNLOCKED_NOW,
                unused -> isSuperUser() && gate.isUnlocked(request.getSession(false), currentUser.memberCaller()));
    }

    public MemberProfile getProfile() {
        return currentUser.getMemberProfile();
    }

    public void unlock() throws IOException {
        AdministrativeSettingsService.Unlock result = admin.unlock(currentUser.memberCaller(), superUserPassword);
        superUserPassword = null;
        switch (result.gate()) {
            case UNLOCKED -> {
                gate.keep(request.getSession(), result.key());
                redirect(selectedId);
            }
            case WRONG_PASSWORD -> Texts.error("gate:password", "admin.gate.wrong");
            case LOCKED -> Texts.error("gate:password", "login.failed.locked");
            case NOT_SUPERUSER -> Texts.error(null, "account.admin.not-superuser");
        }
    }

    public List<UserSummary> getUsers() {
        if (users == null) {
            users = isUnlocked() ? admin.users(currentUser.memberCaller(), gateKey()) : List.of();
        }
        return users;
    }

    public Optional<UserSummary> selected() {
        if (selectedId == null || !isShowUnlocked()) {
            return Optional.empty();
        }
        return getUsers().stream().filter(user -> user.id() == selectedId).findFirst();
    }

    public UserSummary getSelectedUser() {
        return selected().orElse(null);
    }

    public boolean isSelectionUnknown() {
        return selectedId != null && isShowUnlocked() && selected().isEmpty();
    }

    public void addUser() throws IOException {
        run(() -> admin.addUser(currentUser.memberCaller(), gateKey(), new UserSettings(addName, addEmail, Locale.forLanguageTag(addLanguage),
                ZoneId.of(addTimeZone))), "admin.user.added", "add:email", null);
    }

    public void saveSettings() throws IOException {
        run(() -> admin.updateSettings(currentUser.memberCaller(), gateKey(), new UserId(selectedId), new UserSettings(editName, editEmail,
                Locale.forLanguageTag(editLanguage), ZoneId.of(editTimeZone))),
                "admin.user.saved", "user:email", selectedId);
    }

    public void setPassword() throws IOException {
        try {
            run(() -> admin.setPassword(currentUser.memberCaller(), gateKey(), new UserId(selectedId), newPassword, newPasswordConfirmation),
                    "admin.user.password-set", null, selectedId);
        } catch (PasswordPolicyException e) {
            PasswordProblems.show(e, "userPassword:new", "userPassword:confirmation");
        } finally {
            newPassword = null;
            newPasswordConfirmation = null;
        }
    }

    public void resetPassword() throws IOException {
        run(() -> admin.resetPassword(currentUser.memberCaller(), gateKey(), new UserId(selectedId)), "admin.user.reset", null, selectedId);
    }

    public void disable() throws IOException {
        run(() -> admin.disableUser(currentUser.memberCaller(), gateKey(), new UserId(selectedId)), "admin.user.disabled", null, selectedId);
    }

    public void enable() throws IOException {
        run(() -> admin.enableUser(currentUser.memberCaller(), gateKey(), new UserId(selectedId)), "admin.user.enabled", null, selectedId);
    }

    public void remove() throws IOException {
        run(() -> admin.removeUser(currentUser.memberCaller(), gateKey(), new UserId(selectedId)), "admin.user.removed", null, null);
    }

    public void transfer() throws IOException {
        run(() -> admin.transferSuperUser(currentUser.memberCaller(), gateKey(), new UserId(selectedId)), "admin.superuser.transferred", null, null);
    }

    /**
     * Runs one action if the page is still unlocked; a refusal of the business rules is shown next
     * to {@code field} (or for the page); success redirects, so a refresh never repeats the action.
     */
    private void run(Runnable action, String doneKey, String field, Long redirectTo) throws IOException {
        if (refused()) {
            return;
        }
        try {
            action.run();
        } catch (PasswordPolicyException e) {
            throw e;
        } catch (BusinessException e) {
            Texts.error(e.messageKey().equals("account.user.email-taken") ? field : null, e.messageKey());
            return;
        }
        Texts.info(doneKey);
        Texts.keepForRedirect();
        redirect(redirectTo);
    }

    /**
     * View action on every postback. When the role moved away (another tab, another SuperUser) or the
     * unlock ran out, the buttons of the posted form are no longer rendered and Faces would drop the
     * action without a word; this says why instead.
     */
    public void explainPostback() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() && !faces.getExternalContext().getRequestParameterMap().containsKey("gate")) {
            refused();
        }
    }

    /** Reports at most once per request why an action cannot run; a lost role is not an expired unlock. */
    private boolean refused() {
        String reason = !isSuperUser() ? "account.admin.not-superuser" : !isUnlocked() ? "admin.gate.expired" : null;
        if (reason == null) {
            return false;
        }
        Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
        if (attributes.putIfAbsent(REFUSAL_REPORTED, Boolean.TRUE) == null) {
            Texts.error(null, reason);
        }
        return true;
    }

    private void redirect(Long userId) throws IOException {
        Redirects.to(PAGE + (userId == null ? "" : "?user=" + userId));
    }

    private String gateKey() {
        return gate.key(request.getSession(false));
    }

    public List<String> getTimeZones() {
        return Moments.choosableZones();
    }

    public List<String> getLanguages() {
        return List.of("en", "de", "es", "fr");
    }

    public String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getDisplayLanguage(locale);
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public String getSuperUserPassword() {
        return superUserPassword;
    }

    public void setSuperUserPassword(String superUserPassword) {
        this.superUserPassword = superUserPassword;
    }

    public String getAddName() {
        return addName;
    }

    public void setAddName(String addName) {
        this.addName = addName;
    }

    public String getAddEmail() {
        return addEmail;
    }

    public void setAddEmail(String addEmail) {
        this.addEmail = addEmail;
    }

    public String getAddLanguage() {
        return addLanguage;
    }

    public void setAddLanguage(String addLanguage) {
        this.addLanguage = addLanguage;
    }

    public String getAddTimeZone() {
        return addTimeZone;
    }

    public void setAddTimeZone(String addTimeZone) {
        this.addTimeZone = addTimeZone;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    public String getEditLanguage() {
        return editLanguage;
    }

    public void setEditLanguage(String editLanguage) {
        this.editLanguage = editLanguage;
    }

    public String getEditTimeZone() {
        return editTimeZone;
    }

    public void setEditTimeZone(String editTimeZone) {
        this.editTimeZone = editTimeZone;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordConfirmation() {
        return newPasswordConfirmation;
    }

    public void setNewPasswordConfirmation(String newPasswordConfirmation) {
        this.newPasswordConfirmation = newPasswordConfirmation;
    }
}
