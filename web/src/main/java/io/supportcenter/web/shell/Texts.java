package io.supportcenter.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Adds Faces messages by bundle key, so that no page or bean holds literal text. */
public final class Texts {

    /** The bundle registered as {@code i18n} in faces-config.xml, for text needed outside a Faces request. */
    public static final String BUNDLE = "io.supportcenter.web.i18n.Messages";

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "i18n");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** An error next to the field with this client id (or for the whole form when it is null). */
    public static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * Keeps the messages of this request for the page a redirect leads to, in the signed-in user's session
     * ({@link Notices}); a visitor's redirect names its notice with {@link Redirects#withInfo} instead.
     */
    public static void keepForRedirect() {
        Notices.keep();
    }
}
