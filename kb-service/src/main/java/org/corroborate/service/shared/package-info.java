/**
 * What every service shares: read models of common parts, the errors services report (among them
 * {@link org.corroborate.service.shared.TooLargeException} and {@link org.corroborate.service.shared.TooBusyException}),
 * and the registry of background jobs ({@link org.corroborate.service.shared.JobRegistry}).
 */
package org.corroborate.service.shared;
