/** The public contact-sales form. */
package io.supportcenter.web.sales;
