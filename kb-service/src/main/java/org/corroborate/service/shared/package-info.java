/**
 * What every service shares: read models of common parts, the errors services report (among them
 * {@link org.corroborate.service.shared.TooLargeException} and {@link org.corroborate.service.shared.TooBusyException}),
 * and the refusal of a retry ({@link org.corroborate.service.shared.NotRetryableException}).
 */
package org.corroborate.service.shared;
