package io.supportcenter.web.shell;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a form sends back so that its page can be rebuilt when its saved view has gone. A session keeps
 * the views of its last ten pages only; a form posted from an older one is rebuilt by OmniFaces
 * ({@code <o:enableRestorableView/>}) and its fields applied as usual, but the page's view-scoped bean is a
 * new one, created during that post. What the bean held beyond the fields (the inquiry shown, the files
 * staged for the message, the form's submission key) comes back from hidden fields of the form, read here.
 * Everything read is checked again as on any request: the number against the caller's rights, the file
 * ids against their owner.
 */
public final class RestoredForm {

    /** The hidden field with the number of the inquiry a page shows. */
    public static final String NUMBER = "inquiry-number";
    /** The hidden field with the form's submission key (what makes sending it twice send it once). */
    public static final String KEY = "submission-key";
    /** The hidden field with the ids of the files staged on the page, separated by commas. */
    public static final String STAGED = "staged-files";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_IDS = 50;

    private RestoredForm() {
    }

    /** A field of the form being posted; empty on a GET (a page just opened has nothing to restore). */
    public static Optional<String> posted(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return Optional.empty();
        }
        return Optional.ofNullable(faces.getExternalContext().getRequestParameterMap().get(name));
    }

    /** A posted number, if it is one. */
    public static Optional<Long> postedNumber(String name) {
        return posted(name).map(String::strip).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }

    /** A posted id (a staged file's, a submission key), if it looks like one. */
    public static Optional<String> postedId(String name) {
        return posted(name).map(String::strip).filter(value -> ID.matcher(value).matches());
    }

    /** Posted ids separated by commas; anything that is not an id is left out. */
    public static List<String> postedIds(String name) {
        return posted(name).map(value -> Arrays.stream(value.split(",", MAX_IDS + 1)).limit(MAX_IDS).map(String::strip)
                .filter(id -> ID.matcher(id).matches()).distinct().toList()).orElse(List.of());
    }
}
