package io.supportcenter.domain.inquiry;

import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A team's saved reply: a title agents pick it by and a text with placeholders that are filled for
 * the inquiry at hand: {@code {member}} (who asked), {@code {number}} (the inquiry's number) and
 * {@code {agent}} (who answers).
 */
@Entity
@Table(name = "saved_reply")
public class SavedReply {

    public static final int MAX_TITLE = 80;
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_reply_seq")
    @SequenceGenerator(name = "saved_reply_seq", sequenceName = "saved_reply_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SavedReply() {
        // for JPA
    }

    public SavedReply(Team team, String title, String body) {
        this.team = Objects.requireNonNull(team);
        change(title, body);
    }

    public final void change(String newTitle, String newBody) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new BusinessException("saved-reply.title.required");
        }
        if (newTitle.strip().length() > MAX_TITLE) {
            throw new BusinessException("saved-reply.title.too-long");
        }
        if (newBody == null || newBody.isBlank()) {
            throw new BusinessException("saved-reply.body.required");
        }
        if (newBody.strip().length() > MAX_BODY) {
            throw new BusinessException("saved-reply.body.too-long");
        }
        this.title = newTitle.strip();
        this.body = newBody.strip();
    }

    /** The text for one inquiry, its placeholders filled. */
    public String fill(String memberName, long number, String agentName) {
        return body.replace("{member}", memberName).replace("{number}", Long.toString(number)).replace("{agent}", agentName);
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
