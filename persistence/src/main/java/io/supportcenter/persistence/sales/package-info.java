/** The stored sales leads. */
package io.supportcenter.persistence.sales;
