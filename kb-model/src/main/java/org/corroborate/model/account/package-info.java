/** Accounts of member organizations' people, their invitations and personal API tokens. */
package org.corroborate.model.account;
