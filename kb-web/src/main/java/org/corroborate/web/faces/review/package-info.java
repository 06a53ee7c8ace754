/** The editors' review pages: the queue and the review of one claim. */
package org.corroborate.web.faces.review;
