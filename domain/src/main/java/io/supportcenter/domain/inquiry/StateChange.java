package io.supportcenter.domain.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transition of an inquiry's lifecycle: from, to, who, when (SPEC §6). */
@Entity
@Table(name = "inquiry_state_change")
public class StateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_state_change_seq")
    @SequenceGenerator(name = "inquiry_state_change_seq", sequenceName = "inquiry_state_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inquiry_id", nullable = false)
    private Inquiry inquiry;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private InquiryStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private InquiryStatus to;

    @Column(name = "actor", nullable = false, length = 40)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    protected StateChange() {
        // for JPA
    }

    StateChange(Inquiry inquiry, InquiryStatus from, InquiryStatus to, Author actor, Instant at) {
        this.inquiry = inquiry;
        this.from = from;
        this.to = to;
        this.actor = actor.reference();
        this.actorName = actor.name();
        this.at = at;
    }

    public InquiryStatus getFrom() {
        return from;
    }

    public InquiryStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }
}
