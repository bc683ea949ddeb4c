package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link BulkChange} inquiry by inquiry, each in a transaction of its own with its audit entry: one that
 * cannot be changed (closed meanwhile, another team's, not eligible) is reported and leaves the others done.
 */
@ApplicationScoped
public class InquiryBulkChanges {

    /** What happened: the inquiries changed, and for each refused one the reason's message key. */
    public record Outcome(List<Long> changed, Map<Long, String> refused) {
    }

    private StaffInquiryService inquiries;

    protected InquiryBulkChanges() {
        // for CDI proxies
    }

    @Inject
    public InquiryBulkChanges(StaffInquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome apply(Caller.Staff caller, List<Long> numbers, BulkChange change) {
        Set<Long> distinct = new LinkedHashSet<>(numbers);
        if (distinct.isEmpty()) {
            throw new BusinessException("inquiry.bulk.none-selected");
        }
        if (distinct.size() > BulkChange.MAX_INQUIRIES) {
            throw new BusinessException("inquiry.bulk.too-many", BulkChange.MAX_INQUIRIES);
        }
        List<Long> changed = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (long number : distinct) {
            try {
                inquiries.changeInBulk(caller, new InquiryNumber(number), change);
                changed.add(number);
            } catch (BusinessException e) {
                refused.put(number, e.messageKey());
            }
        }
        return new Outcome(changed, refused);
    }
}
