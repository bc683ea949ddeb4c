/**
 * Who is asking: the caller of a use case (a member, a staff user, a visitor, or the system itself)
 * and the staff roles. At the bottom of the domain, so that every feature can name its caller.
 */
package io.supportcenter.domain.identity;
