/**
 * The SuperUser's administrative settings: the account's users, their access and passwords, and the
 * password gate in front of them. Above {@code account} and {@code auth}, which it uses, so that
 * neither needs the other's administration.
 */
package io.supportcenter.domain.administration;
