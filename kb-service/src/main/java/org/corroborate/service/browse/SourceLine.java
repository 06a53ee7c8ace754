package org.corroborate.service.browse;

import org.corroborate.service.shared.OrganizationRef;

/** A public source as a line of a list: kind, title, authors, where and when it appeared, who holds it. */
public record SourceLine(long id, String kind, String title, String authors, String containerTitle, String publisher,
                         String issued, String url, OrganizationRef holder, String permalink) {
}
