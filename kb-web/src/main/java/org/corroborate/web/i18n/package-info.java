/** The caller's language and the web layer's texts in it (bundles in {@code org/corroborate/web/i18n}). */
package org.corroborate.web.i18n;
