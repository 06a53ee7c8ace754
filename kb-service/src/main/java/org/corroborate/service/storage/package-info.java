/**
 * Whether the database can store changes now: the embedded database made durable at each commit, failures of
 * storage (a full disk, a closed or unreachable database) told apart from other errors, and a readiness verdict
 * that says DOWN while changes cannot be stored.
 */
package org.corroborate.service.storage;
