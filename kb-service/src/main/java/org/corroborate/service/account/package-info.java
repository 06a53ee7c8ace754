/**
 * Accounts, invitations and personal API tokens: who may sign in, with which roles, for which organization.
 * Passwords are kept only as the platform's PBKDF2 hashes; invitation links and API tokens only as SHA-256 hashes.
 */
package org.corroborate.service.account;
