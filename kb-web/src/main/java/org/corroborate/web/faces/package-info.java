/** The PrimeFaces pages: one package per screen, with what the screens share in {@code support}. */
package org.corroborate.web.faces;
