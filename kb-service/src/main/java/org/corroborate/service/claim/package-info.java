/** Claims: reading them as a given reader may, drafting and revising them. */
package org.corroborate.service.claim;
