/** Search over the public entries, and the admin's rebuild of the index. */
package org.corroborate.web.rest.search;
