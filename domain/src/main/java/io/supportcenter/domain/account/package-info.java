/**
 * Member accounts (publishers and advertisers) and their users, with the rule that every account has
 * exactly one SuperUser.
 */
package io.supportcenter.domain.account;
