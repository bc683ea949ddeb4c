/** Prospective advertisers who asked to be contacted (SPEC §2, contact sales): their leads and who gets them. */
package io.supportcenter.domain.sales;
