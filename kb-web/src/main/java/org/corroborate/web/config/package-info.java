/** Wiring of the deployment to its environment: the database, chosen by MicroProfile Config. */
package org.corroborate.web.config;
