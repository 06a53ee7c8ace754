/**
 * When what readers see last changed, entry by entry: the validators (ETag, Last-Modified) of public pages and API
 * answers, and the cache of rendered pages, ask here whether an entry changed since they were made. Each committed
 * change reaches exactly the entries that show it: a claim, its measure and the claims compared with it, the
 * sources it cites; a source, the sources it relays or is relayed by, and the claims and measures citing them.
 */
package org.corroborate.service.freshness;
