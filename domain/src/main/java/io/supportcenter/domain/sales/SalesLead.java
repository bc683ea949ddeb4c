package io.supportcenter.domain.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who asked the sales team to contact them, as they typed it on {@code /contact-sales}. */
@Entity
@Table(name = "sales_lead")
public class SalesLead {

    public static final int MAX_COMPANY = 120;
    public static final int MAX_NAME = 120;
    public static final int MAX_PHONE = 40;
    public static final int MAX_MESSAGE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_lead_seq")
    @SequenceGenerator(name = "sales_lead_seq", sequenceName = "sales_lead_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company", nullable = false, length = MAX_COMPANY)
    private String company;

    @Column(name = "contact_name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", nullable = false, length = MAX_PHONE)
    private String phone;

    @Column(name = "message", nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Where the request came from, to limit how many one client may send. */
    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    protected SalesLead() {
        // for JPA
    }

    SalesLead(SalesLeadRequest request, Instant receivedAt, String clientAddress) {
        this.company = request.company();
        this.name = request.name();
        this.email = request.email();
        this.phone = request.phone();
        this.message = request.message();
        this.receivedAt = receivedAt;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public String getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getMessage() {
        return message;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
