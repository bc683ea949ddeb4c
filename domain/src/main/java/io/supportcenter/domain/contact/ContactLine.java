package io.supportcenter.domain.contact;

/** A phone line people may call, and when it is staffed. */
public record ContactLine(String phone, LineHours hours) {
}
