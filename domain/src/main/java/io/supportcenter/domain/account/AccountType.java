package io.supportcenter.domain.account;

/** The two kinds of member of the network. */
public enum AccountType {
    PUBLISHER,
    ADVERTISER
}
