package io.supportcenter.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces form as a browser would post it without JavaScript: the hidden fields the page rendered
 * (form marker, jakarta.faces.ViewState), the fields a test fills in and the pressed button, posted
 * to the form's own action with the session cookie.
 */
public final class FacesForm {

    public static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** The name PrimeFaces' CSP script gives the nonce it adds to every form before submitting it. */
    public static final String PRIMEFACES_NONCE = "primefaces.nonce";

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");

    private final String formId;
    private final URI action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private FacesForm(String formId, URI action) {
        this.formId = formId;
        this.action = action;
    }

    /** GETs the page and reads the form with this id from it. */
    public static FacesForm open(PortalClient client, String path, String formId) {
        HttpResponse<String> page = client.get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode() + ", expected the page with form "
                    + formId);
        }
        return of(page, formId);
    }

    /** Reads the form with this id from a page that was already fetched. */
    public static FacesForm of(HttpResponse<String> page, String formId) {
        String html = page.body();
        Matcher start = Pattern.compile("<form\\b[^>]*?\\sid\\s*=\\s*\"" + Pattern.quote(formId) + "\"[^>]*>",
                Pattern.CASE_INSENSITIVE).matcher(html);
        if (!start.find()) {
            throw new AssertionError("No <form id=\"" + formId + "\"> on " + page.uri());
        }
        int end = html.toLowerCase().indexOf("</form>", start.end());
        String body = html.substring(start.end(), end < 0 ? html.length() : end);
        String action = Html.attributes(start.group()).get("action");
        FacesForm form = new FacesForm(formId, page.uri().resolve(action == null || action.isEmpty() ? "" : action));

        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            Map<String, String> a = Html.attributes(input.group());
            if ("hidden".equalsIgnoreCase(a.get("type")) && a.containsKey("name")) {
                form.fields.put(a.get("name"), a.getOrDefault("value", ""));
            }
        }
        if (!form.fields.containsKey(VIEW_STATE)) {
            throw new AssertionError("Form " + formId + " on " + page.uri() + " has no hidden " + VIEW_STATE + " input");
        }
        // Faces recognises its own postback by this parameter; Mojarra renders it, add it if a renderer did not.
        form.fields.putIfAbsent(formId, formId);
        // With PrimeFaces CSP on, the browser's script posts the page's nonce with the form, and PrimeFaces
        // fails a postback that re-renders the page without it ("Missing CSP nonce"). Do what the browser does.
        Matcher nonce = CSP_INIT.matcher(html);
        if (nonce.find()) {
            form.fields.putIfAbsent(PRIMEFACES_NONCE, nonce.group(1));
        }
        return form;
    }

    public FacesForm set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public String viewState() {
        return fields.get(VIEW_STATE);
    }

    public URI action() {
        return action;
    }

    /** Posts the form as if the button with this name was pressed. */
    public HttpResponse<String> submit(PortalClient client, String button) {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.put(button, "");
        return client.postForm(action, posted);
    }

    @Override
    public String toString() {
        return "form " + formId + " -> " + action;
    }
}
