/** Who is reading, and what each reader may see: of a claim, of a measure, of a source. */
package org.corroborate.service.access;
