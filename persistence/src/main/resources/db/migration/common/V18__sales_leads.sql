-- Requests from /contact-sales (SPEC §2): kept as leads for the console and emailed to sales.
CREATE SEQUENCE sales_lead_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sales_lead (
    id             BIGINT        NOT NULL,
    company        VARCHAR(120)  NOT NULL,
    contact_name   VARCHAR(120)  NOT NULL,
    email          VARCHAR(254)  NOT NULL,
    phone          VARCHAR(40)   NOT NULL,
    message        VARCHAR(4000) NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    client_address VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_sales_lead PRIMARY KEY (id)
);
CREATE INDEX ix_sales_lead_received ON sales_lead (received_at);
CREATE INDEX ix_sales_lead_client ON sales_lead (client_address, received_at);
