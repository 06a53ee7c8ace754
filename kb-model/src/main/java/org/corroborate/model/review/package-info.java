/** Review of submitted claims: editors' comments on specific fields and their decisions. */
package org.corroborate.model.review;
