/**
 * The public sign-up pages: {@code /signup} with its proof-of-work check that a person is at the keyboard,
 * and {@code /signup/confirm} where the emailed link confirms the address.
 */
package io.supportcenter.web.signup;
