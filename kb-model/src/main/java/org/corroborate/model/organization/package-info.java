/** Member organizations: the NGOs that contribute sources and claims. */
package org.corroborate.model.organization;
