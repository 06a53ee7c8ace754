/** MicroProfile Health checks. */
package org.corroborate.web.health;
