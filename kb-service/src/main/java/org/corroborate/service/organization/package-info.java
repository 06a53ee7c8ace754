/** Member organizations: adding and finding them. */
package org.corroborate.service.organization;
