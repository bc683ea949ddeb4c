package io.supportcenter.web.staff.kb;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the editor's pages share: run one change, say how it went, and redirect so a refresh repeats nothing. */
final class EditorPages {

    private static final Logger LOG = Logger.getLogger(EditorPages.class.getName());

    static final String TOPICS = "/staff/kb";
    static final String TOPIC = "/staff/kb/topic";
    static final String CATEGORIES = "/staff/kb/categories";
    static final String REPEATED = "/staff/kb/repeated";

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
        } catch (TransactionalException | PersistenceException e) {
            if (isConflict(e)) {
                // Two saves of the same row at the same moment: the version check at commit refused one.
                Texts.error(null, "kb.editor.conflict");
            } else {
                // Anything else (the database down, a rule of its own refusing the row) is not the other editor's doing.
                LOG.log(Level.WARNING, "An editor's change could not be saved", e);
                Texts.error(null, "kb.editor.not-saved");
            }
            return false;
        }
        Texts.info(doneKey);
        Texts.keepForRedirect();
        return true;
    }

    /** A version clash at commit, however the persistence provider wraps it (JPA's or EclipseLink's own exception). */
    private static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    static void redirect(String page, String parameter, Object value) throws IOException {
        String query = value == null || String.valueOf(value).isEmpty() ? ""
                : "?" + parameter + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
        Redirects.to(page + query);
    }
}
