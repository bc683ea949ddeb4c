package io.supportcenter.domain.staff;

import io.supportcenter.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A support team that owns a queue. The three teams of the network are created by a migration, more
 * by admins; the code is stable (routing refers to it), the name is what people read and admins may change it.
 */
@Entity
@Table(name = "team")
public class Team implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CLIENT_SUPPORT = "CLIENT_SUPPORT";
    public static final String TECHNICAL_SERVICES = "TECHNICAL_SERVICES";
    public static final String NETWORK_QUALITY = "NETWORK_QUALITY";

    public static final int MAX_NAME = 80;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Team() {
        // for JPA
    }

    /**
     * A new team. The code is how routing and configuration refer to it and never changes: upper-case
     * letters, digits and underscores, starting with a letter.
     */
    public Team(String code, String name) {
        String wanted = code == null ? "" : code.strip();
        if (!CODE.matcher(wanted).matches()) {
            throw new BusinessException("team.code.invalid");
        }
        this.code = wanted;
        rename(name);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessException("team.name.required");
        }
        if (newName.strip().length() > MAX_NAME) {
            throw new BusinessException("team.name.too-long");
        }
        this.name = newName.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /**
     * Teams are the same team when their codes are (the code never changes and is unique): instances read in
     * different persistence contexts, such as a staff user's teams and the list of all teams, compare equal.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Team team && code.equals(team.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
