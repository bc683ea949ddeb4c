package io.supportcenter.domain.identity;

import java.io.Serializable;

/** A member account, by its key (not the account number the network prints, which is text). */
public record AccountId(long value) implements Serializable {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
