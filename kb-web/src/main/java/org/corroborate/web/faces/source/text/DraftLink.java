package org.corroborate.web.faces.source.text;

import org.corroborate.service.extraction.FigureCandidate;
import org.corroborate.service.source.text.TextFigure;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The query of the claim form ({@code /contribute/claim-edit.xhtml}) that starts a draft from an extracted
 * figure: source, phrase, qualifier, value, low, high, unit, quote, page, and the relay its sentence names. Absent values are left out.
 */
final class DraftLink {

    private DraftLink() {
    }

    static String query(long sourceId, TextFigure figure) {
        FigureCandidate c = figure.candidate();
        StringJoiner query = new StringJoiner("&");
        add(query, "source", String.valueOf(sourceId));
        add(query, "phrase", c.phrase());
        add(query, "qualifier", c.qualifier() == null ? null : c.qualifier().name());
        add(query, "value", plain(c.value()));
        add(query, "low", plain(c.low()));
        add(query, "high", plain(c.high()));
        add(query, "unit", c.unit() == null ? null : c.unit().name());
        add(query, "quote", figure.quote());
        add(query, "page", String.valueOf(c.page()));
        add(query, "relay", figure.relay() == null ? null : String.valueOf(figure.relay().id()));
        return query.toString();
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }
}
