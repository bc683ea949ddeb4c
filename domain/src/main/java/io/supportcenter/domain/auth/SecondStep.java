package io.supportcenter.domain.auth;

/** What a staff user does after the right password: nothing more, a code, or set up the authenticator first. */
public enum SecondStep {
    NONE,
    CODE,
    ENROL
}
