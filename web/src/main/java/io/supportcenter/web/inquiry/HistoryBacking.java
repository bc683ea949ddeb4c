package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.web.kb.Reader;
import io.supportcenter.web.shell.Moments;
import io.supportcenter.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Support History ({@code /support/history}; {@code ?status=} filters, {@code &page=} pages): every inquiry of
 * the member's account, whoever of its users asked, most recently active first, paged in the database. The
 * filter and the page are in the address, so every page can be bookmarked and the view keeps nothing.
 */
@Named
@RequestScoped
public class HistoryBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    Moments moments;

    @Inject
    InquiryService inquiries;

    @Inject
    Reader reader;

    private InquiryStatus status;
    private int page = 1;
    private Long total;
    private List<InquiryViews.Summary> rows;

    public List<InquiryViews.Summary> getRows() {
        if (rows == null) {
            rows = getTotal() == 0 ? List.of() : inquiries.history(reader.member(), status, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        if (total == null) {
            total = inquiries.count(reader.member(), status);
        }
        return total;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page asked for, within the pages there are (an address from a bookmark may name one that is gone). */
    public int getPage() {
        return Math.min(Math.max(1, page), getPageCount());
    }

    public void setPage(int page) {
        this.page = page;
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public boolean isHasNext() {
        return getPage() < getPageCount();
    }

    /** The address of another page with the same filter. */
    public String pageAddress(int number) {
        return "?" + (status == null ? "" : "status=" + status.name() + "&") + "page=" + number;
    }

    public String updated(InquiryViews.Summary row) {
        return moments.at(row.lastActivityAt());
    }

    /** "You closed it" or "Closed by Sam Lee" under a closed row's status; empty for the others. */
    public String closedBy(InquiryViews.Summary row) {
        return row.closure() == null ? "" : InquiryPages.closedBy(row.closure());
    }

    /** The empty list's words: "No questions yet" without a filter, the filter's own words with one. */
    public String getEmptyMessage() {
        return Texts.text(status == null ? "history.empty.all" : "history.empty");
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }
}
