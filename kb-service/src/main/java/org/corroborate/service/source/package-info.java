/** Reading and adding sources, with each reader's view of a confidential one. */
package org.corroborate.service.source;
