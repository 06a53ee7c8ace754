/** Who the current request reads as. */
package org.corroborate.web.security;
