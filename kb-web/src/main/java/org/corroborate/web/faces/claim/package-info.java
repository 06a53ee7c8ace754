/** The claim screen: the claim, its figure, and its citations with full sources and relays. */
package org.corroborate.web.faces.claim;
