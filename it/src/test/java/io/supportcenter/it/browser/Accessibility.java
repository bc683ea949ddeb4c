package io.supportcenter.it.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core on the page as the browser shows it now. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /**
     * The violations on the current page, whatever their impact, one readable line each (empty when clean), and the
     * serious and critical items axe-core could not decide and leaves for a person to review: the latter are
     * decided here, by a page that gives axe-core nothing to doubt.
     */
    public static List<String> blockingViolations(WebDriver driver, String pageName) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + pageName + ": " + results.getErrorMessage());
        }
        Stream<String> violations = results.getViolations().stream()
                .map(rule -> pageName + " (" + driver.getCurrentUrl() + "): " + describe(rule));
        Stream<String> toReview = results.getIncomplete().stream().filter(rule -> rule.getImpact() != null && BLOCKING.contains(rule.getImpact()))
                .map(rule -> pageName + " (" + driver.getCurrentUrl() + "): needs review: " + describe(rule));
        return Stream.concat(violations, toReview).toList();
    }

    private static String describe(Rule rule) {
        // The element as the browser has it, attributes and all: a reference to a missing id shows in it.
        String targets = rule.getNodes().stream()
                .map(node -> node.getTarget() + " " + abbreviate(node.getHtml()))
                .collect(Collectors.joining(", "));
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " -> " + targets;
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 300 ? String.valueOf(html) : html.substring(0, 300) + "…";
    }
}
