package io.supportcenter.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff user who has an inquiry open, as last seen (the page checks in while it is open). In the
 * database, so that every node of a cluster sees who else is on an inquiry ("also viewing").
 */
@Entity
@Table(name = "inquiry_viewer")
public class InquiryViewer {

    /** Which staff user on which inquiry. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "inquiry_id", nullable = false)
        private long inquiryId;

        @Column(name = "staff_user_id", nullable = false)
        private long staffId;

        protected Key() {
            // for JPA
        }

        public Key(long inquiryId, long staffId) {
            this.inquiryId = inquiryId;
            this.staffId = staffId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.inquiryId == inquiryId && key.staffId == staffId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(inquiryId, staffId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "staff_name", nullable = false, length = 120)
    private String staffName;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected InquiryViewer() {
        // for JPA
    }

    public InquiryViewer(long inquiryId, long staffId, String staffName, Instant seenAt) {
        this.key = new Key(inquiryId, staffId);
        this.staffName = Objects.requireNonNull(staffName);
        this.seenAt = Objects.requireNonNull(seenAt);
    }

    public void seen(Instant now) {
        seenAt = now;
    }

    public long getStaffId() {
        return key.staffId;
    }

    public String getStaffName() {
        return staffName;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
