package io.supportcenter.domain.staff;

/** What a staff user may do in the console (SPEC §1); a staff user may hold several. */
public enum StaffRole {
    AGENT,
    EDITOR,
    SUPERVISOR,
    ADMIN
}
