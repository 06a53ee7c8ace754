/** The JSON read API under {@code /api/v1}: one package per resource, errors as RFC 9457 problem documents. */
package org.corroborate.web.rest;
