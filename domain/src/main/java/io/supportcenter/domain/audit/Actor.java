package io.supportcenter.domain.audit;

/**
 * Who caused an event and from where: {@code member:12}, {@code staff:3} or {@code anonymous}, and
 * the client's address as the web tier saw it.
 */
public record Actor(String id, String clientAddress) {

    public static Actor anonymous(String clientAddress) {
        return new Actor("anonymous", clientAddress);
    }

    public static Actor member(long userId, String clientAddress) {
        return new Actor("member:" + userId, clientAddress);
    }

    public static Actor staff(long staffId, String clientAddress) {
        return new Actor("staff:" + staffId, clientAddress);
    }
}
