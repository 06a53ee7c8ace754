/**
 * Sources: reports, articles, testimonies and other documents that claims cite, with CSL-compatible
 * metadata, their confidentiality, and the relay links that say which source repeats which.
 */
package org.corroborate.model.source;
