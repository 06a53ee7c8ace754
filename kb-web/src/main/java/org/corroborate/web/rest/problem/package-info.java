/** Errors as RFC 9457 problem documents: a clear status and message, never a stack trace. */
package org.corroborate.web.rest.problem;
