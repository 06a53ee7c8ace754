/** The organization screen: a member organization's profile and its public work. */
package org.corroborate.web.faces.organization;
