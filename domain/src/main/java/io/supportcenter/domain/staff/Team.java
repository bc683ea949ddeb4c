package io.supportcenter.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A support team that owns a queue. The three teams of the network are created by a migration; the
 * code is stable (routing refers to it), the name is what people read and admins may change it.
 */
@Entity
@Table(name = "team")
public class Team {

    public static final String CLIENT_SUPPORT = "CLIENT_SUPPORT";
    public static final String TECHNICAL_SERVICES = "TECHNICAL_SERVICES";
    public static final String NETWORK_QUALITY = "NETWORK_QUALITY";

    @Id
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

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
