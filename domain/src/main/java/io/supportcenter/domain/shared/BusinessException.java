package io.supportcenter.domain.shared;

import java.util.List;

/**
 * A rule of the business refused an operation. It carries a message key (resolved by the web tier
 * in the user's language) rather than English text, and rolls back the transaction it escapes from.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
