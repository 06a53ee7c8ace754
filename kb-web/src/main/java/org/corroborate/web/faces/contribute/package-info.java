/** Screens where members contribute: the claim form and their organization's items. */
package org.corroborate.web.faces.contribute;
