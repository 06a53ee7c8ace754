/** What search knows beyond the entries: groups of terms that mean the same, kept by editors. */
package org.corroborate.model.search;
