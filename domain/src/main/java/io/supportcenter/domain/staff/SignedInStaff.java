package io.supportcenter.domain.staff;

/** What every request of a signed-in staff user needs, read once: the session check and the console's profile. */
public record SignedInStaff(StaffProfile profile, int credentialsVersion, boolean enabled) {
}
