/**
 * Jakarta Security for the portal: one authentication mechanism for the two realms (members and
 * staff, each with its own login page and role set), the login and logout pages, and the signed-in
 * user as the pages see it.
 */
package io.supportcenter.web.auth;
