/** Who is reading, and what each reader may see of a source. */
package org.corroborate.service.access;
