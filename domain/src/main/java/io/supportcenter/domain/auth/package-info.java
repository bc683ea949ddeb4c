/**
 * Signing in: password hashing with parameters stored beside each hash, the password policy, and
 * the services that check member and staff credentials.
 */
package io.supportcenter.domain.auth;
