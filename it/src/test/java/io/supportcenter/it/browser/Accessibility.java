package io.supportcenter.it.browser;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
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
     * The serious and critical violations on the current page, one readable line each (empty when clean); on a
     * console page (staff spend their day there) also the serious and critical items axe-core could not decide and
     * leaves for a person to review.
     */
    public static List<String> blockingViolations(WebDriver driver, String pageName) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + pageName + ": " + results.getErrorMessage());
        }
        Stream<String> violations = results.getViolations().stream()
                .filter(rule -> rule.getImpact() != null && BLOCKING.contains(rule.getImpact()))
                .map(rule -> pageName + " (" + driver.getCurrentUrl() + "): " + describe(rule));
        Stream<String> toReview = !URI.create(driver.getCurrentUrl()).getPath().startsWith("/staff") ? Stream.empty()
                : results.getIncomplete().stream().filter(rule -> rule.getImpact() != null && BLOCKING.contains(rule.getImpact()))
                .map(rule -> pageName + " (" + driver.getCurrentUrl() + "): needs review: " + describe(rule));
        return Stream.concat(violations, toReview).toList();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " -> " + targets;
    }
}
