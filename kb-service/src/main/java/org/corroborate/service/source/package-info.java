/**
 * Sources: reading them with each reader's view of a confidential one, adding and editing them through the source
 * form or the API, and suggesting the sources a new one may relay. Bibliographic import lives in {@code bibliography}.
 */
package org.corroborate.service.source;
