package io.supportcenter.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * The layout's {@code #{pageClass}} for the pages that do not set it: wide pages (the queues, the inquiry list, the
 * dashboards) set it with {@code ui:param}, which wins over this name, and every other page gets no extra class.
 * Why it must resolve: Expression Language 6 (Payara 7) takes a name that nothing resolves for a class in
 * {@code java.lang} and asks the class loader for {@code java.lang.pageClass}, under the loader's lock, on every render
 * of every page; measured with JFR at 50 users, that lookup was most of the threads' lock waits and cost the empty layout
 * half its throughput (docs/performance.md, issue 24).
 */
@ApplicationScoped
public class PageClassDefault {

    @Produces
    @Named("pageClass")
    @Dependent
    String none() {
        return "";
    }
}
