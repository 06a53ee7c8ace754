/** What every service shares: read models of common parts and the errors services report. */
package org.corroborate.service.shared;
