package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.shell.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the editor's pages share: run one change, say how it went, and redirect so a refresh repeats nothing. */
final class EditorPages {

    static final String TOPICS = "/staff/kb";
    static final String TOPIC = "/staff/kb/topic";
    static final String CATEGORIES = "/staff/kb/categories";

    private EditorPages() {
    }

    /**
     * Runs {@code change}; on success shows {@code doneKey} after redirecting to {@code page};
     * a refusal of the business rules is shown next to the field {@code fields} names for its key
     * (or for the page), and the form keeps what was typed.
     */
    static boolean run(Runnable change, String doneKey, Map<String, String> fields) {
        try {
            change.run();
        } catch (BusinessException e) {
            Texts.error(fields.get(e.messageKey()), e.messageKey(), e.arguments().toArray());
            return false;
        } catch (TransactionalException e) {
            // Two saves of the same row at the same moment: the version check at commit refused one.
            if (!isConflict(e)) {
                throw e;
            }
            Texts.error(null, "kb.editor.conflict");
            return false;
        }
        Texts.info(doneKey);
        Texts.keepForRedirect();
        return true;
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    static void redirect(String page, String parameter, Object value) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String query = value == null || String.valueOf(value).isEmpty() ? ""
                : "?" + parameter + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
        external.redirect(external.getRequestContextPath() + page + query);
    }
}
