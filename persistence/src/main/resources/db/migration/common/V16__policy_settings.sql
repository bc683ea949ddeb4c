-- Admins' values for the policies (SPEC values marked config); a policy without a row keeps the
-- default from configuration.
CREATE TABLE policy_setting (
    policy        VARCHAR(80)   NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    changed_by    VARCHAR(80)   NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_policy_setting PRIMARY KEY (policy)
);
