package io.supportcenter.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces form as a browser would post it without JavaScript: every field the page rendered with
 * its current value (hidden fields such as jakarta.faces.ViewState, text fields, text areas, checked
 * boxes and radios, selected options), changed by what a test fills in, plus the pressed button,
 * posted to the form's own action with the session cookie.
 */
public final class FacesForm {

    public static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** The name PrimeFaces' CSP script gives the nonce it adds to every form before submitting it. */
    public static final String PRIMEFACES_NONCE = "primefaces.nonce";

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("(<textarea\\b[^>]*>)(.*?)</textarea>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("(<select\\b[^>]*>)(.*?)</select>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_POSTED = Set.of("submit", "button", "image", "reset", "file");
    private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");

    private final String formId;
    private final URI action;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    /** Per select: option label → value, as a person reads and picks them. */
    private final Map<String, Map<String, String>> options = new LinkedHashMap<>();

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
            String name = a.get("name");
            String type = a.getOrDefault("type", "text").toLowerCase();
            if (name == null || a.containsKey("disabled") || NOT_POSTED.contains(type)) {
                continue;
            }
            if (type.equals("checkbox") || type.equals("radio")) {
                if (a.containsKey("checked")) {
                    form.add(name, a.getOrDefault("value", "on"));
                }
            } else {
                form.add(name, a.getOrDefault("value", ""));
            }
        }
        Matcher textarea = TEXTAREA.matcher(body);
        while (textarea.find()) {
            Map<String, String> a = Html.attributes(textarea.group(1));
            if (a.containsKey("name") && !a.containsKey("disabled")) {
                // A browser drops one newline right after the start tag.
                form.add(a.get("name"), Html.unescape(textarea.group(2).replaceFirst("^\\r?\\n", "")));
            }
        }
        Matcher select = SELECT.matcher(body);
        while (select.find()) {
            Map<String, String> a = Html.attributes(select.group(1));
            if (!a.containsKey("name") || a.containsKey("disabled")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            String first = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                Map<String, String> o = Html.attributes(option.group());
                String value = o.getOrDefault("value", "");
                int labelEnd = select.group(2).indexOf('<', option.end());
                String label = Html.unescape(select.group(2).substring(option.end(), labelEnd < 0 ? select.group(2).length() : labelEnd)).strip();
                form.options.computeIfAbsent(a.get("name"), key -> new LinkedHashMap<>()).put(label, value);
                first = first == null ? value : first;
                if (o.containsKey("selected")) {
                    values.add(value);
                }
            }
            if (values.isEmpty() && first != null && !a.containsKey("multiple")) {
                values.add(first);
            }
            values.forEach(value -> form.add(a.get("name"), value));
        }
        if (!form.fields.containsKey(VIEW_STATE)) {
            throw new AssertionError("Form " + formId + " on " + page.uri() + " has no hidden " + VIEW_STATE + " input; it ends: "
                    + body.substring(Math.max(0, body.length() - 300)) + " | then: "
                    + html.substring(start.end() + body.length(), Math.min(html.length(), start.end() + body.length() + 400)));
        }
        // Faces recognises its own postback by this parameter; Mojarra renders it, add it if a renderer did not.
        form.fields.putIfAbsent(formId, List.of(formId));
        // With PrimeFaces CSP on, the browser's script posts the page's nonce with the form, and PrimeFaces
        // fails a postback that re-renders the page without it ("Missing CSP nonce"). Do what the browser does.
        Matcher nonce = CSP_INIT.matcher(html);
        if (nonce.find()) {
            form.fields.putIfAbsent(PRIMEFACES_NONCE, List.of(nonce.group(1)));
        }
        return form;
    }

    private void add(String name, String value) {
        fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    /** The value of the option a person would pick by its label in this select. */
    public String optionValue(String select, String label) {
        String value = options.getOrDefault(select, Map.of()).get(label);
        if (value == null) {
            throw new AssertionError("No option \"" + label + "\" in " + select + "; it offers " + options.get(select));
        }
        return value;
    }

    /** What the form would post for this field as the page shows it (a select's chosen option, a radio's checked one). */
    public String value(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    public boolean hasOption(String select, String label) {
        return options.getOrDefault(select, Map.of()).containsKey(label);
    }

    /** Replaces whatever the page had in this field (as typing into it or choosing one option would). */
    public FacesForm set(String name, String value) {
        fields.put(name, List.of(value));
        return this;
    }

    /** Sets a field that takes several values (ticked boxes, a multiple select). */
    public FacesForm setAll(String name, List<String> values) {
        fields.put(name, List.copyOf(values));
        return this;
    }

    /** Leaves a field out, as an unticked box is left out. */
    public FacesForm clear(String name) {
        fields.remove(name);
        return this;
    }

    public String viewState() {
        return fields.get(VIEW_STATE).get(0);
    }

    public URI action() {
        return action;
    }

    /** Posts the form as if the button with this name was pressed. */
    public HttpResponse<String> submit(PortalClient client, String button) {
        return submitTo(client, action, button);
    }

    /** Posts the form with these parameters added, as a widget's script does (an Ajax request, say). */
    public HttpResponse<String> submitWith(PortalClient client, Map<String, String> extra) {
        List<Map.Entry<String, String>> posted = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> posted.add(Map.entry(name, value))));
        posted.addAll(extra.entrySet());
        return client.postForm(action, posted);
    }

    /**
     * Sends one file to the form's uploader ({@code p:fileUpload}, auto mode) as its script does, asking for the components
     * {@code render} (client ids, space-separated: what the uploader's update names) in the partial response it answers.
     */
    public HttpResponse<String> upload(PortalClient client, String uploaderId, String render, String fileName, byte[] content) {
        List<Map.Entry<String, String>> posted = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> posted.add(Map.entry(name, value))));
        posted.add(Map.entry("jakarta.faces.partial.ajax", "true"));
        posted.add(Map.entry("jakarta.faces.partial.execute", uploaderId));
        posted.add(Map.entry("jakarta.faces.source", uploaderId));
        posted.add(Map.entry("jakarta.faces.partial.render", render));
        posted.add(Map.entry(uploaderId + "_totalFilesCount", "1"));
        return client.postFile(action, posted, uploaderId, fileName, content);
    }

    /** Posts the form as a page elsewhere could make a browser send it: these headers say where it comes from. */
    public HttpResponse<String> submitFrom(PortalClient client, String button, Map<String, String> provenance) {
        List<Map.Entry<String, String>> posted = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> posted.add(Map.entry(name, value))));
        posted.add(Map.entry(button, ""));
        return client.postForm(action, posted, provenance);
    }

    /** Posts the form to another address, as a tampering client could (the same view state, another object). */
    public HttpResponse<String> submitTo(PortalClient client, URI target, String button) {
        List<Map.Entry<String, String>> posted = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> posted.add(Map.entry(name, value))));
        posted.add(Map.entry(button, ""));
        return client.postForm(target, posted);
    }

    @Override
    public String toString() {
        return "form " + formId + " -> " + action;
    }
}
