/**
 * Commission activity from the network's systems (SPEC §8): integrations authenticated by API keys
 * send commission records; valid ones move an account's last valid commission date, which dormancy
 * counts from.
 */
package io.supportcenter.domain.commission;
