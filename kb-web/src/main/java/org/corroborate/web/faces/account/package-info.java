/** Screens of one's own account: signing in and out, accepting an invitation, personal API tokens. */
package org.corroborate.web.faces.account;
