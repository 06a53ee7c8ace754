/** How the API reads query parameters: one converter for every boolean, strict about what it takes. */
package org.corroborate.web.rest.params;
