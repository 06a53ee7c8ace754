/** The database schema: Flyway migrations applied at start-up, before anything reads or writes. */
package org.corroborate.service.schema;
