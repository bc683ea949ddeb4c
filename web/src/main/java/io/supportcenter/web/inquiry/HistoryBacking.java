package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.domain.inquiry.InquiryStatus;
import io.supportcenter.domain.inquiry.InquiryViews;
import io.supportcenter.web.kb.Reader;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Support History ({@code /support/history}, {@code ?status=} filters): every inquiry of the
 * member's account, whoever of its users asked, most recently active first, paged in the database.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryService inquiries;

    @Inject
    Reader reader;

    private InquiryStatus status;

    private final LazyDataModel<InquiryViews.Summary> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, inquiries.count(reader.userId(), status));
        }

        @Override
        public List<InquiryViews.Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return inquiries.history(reader.userId(), status, first, pageSize);
        }

        @Override
        public String getRowKey(InquiryViews.Summary row) {
            return String.valueOf(row.number());
        }
    };

    public LazyDataModel<InquiryViews.Summary> getRows() {
        return rows;
    }

    public String updated(InquiryViews.Summary row) {
        return InquiryPages.dateTime(row.lastActivityAt(), reader.timeZone());
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
