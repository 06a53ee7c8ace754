/** {@code /api/v1/measures}: measures with the claims about them. */
package org.corroborate.web.rest.measure;
