/**
 * What every feature shares: the business exception that carries a message key, and email normalisation.
 */
package io.supportcenter.domain.shared;
