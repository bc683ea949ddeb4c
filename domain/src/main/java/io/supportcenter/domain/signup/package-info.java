/**
 * Publisher sign-up on the public site (SPEC §2): a publisher opens a free account whose first user is its
 * SuperUser, who confirms the email address before the first login.
 */
package io.supportcenter.domain.signup;
