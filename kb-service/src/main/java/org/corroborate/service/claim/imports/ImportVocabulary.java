package org.corroborate.service.claim.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What a claims CSV file may say: the values each coded column accepts, and the measures and sources the importing
 * member may name (only those the member may see: a confidential source of another organization is never listed).
 *
 * @param columns  each coded column with the values it accepts, in the template's order
 * @param measures the measures by slug
 * @param sources  the sources the member may cite, by id
 */
public record ImportVocabulary(List<CodedColumn> columns, List<MeasureChoice> measures,
                               List<SourceChoice> sources) implements Serializable {

    /** A column that takes one of a fixed list of values ("qualifier": EXACTLY, ABOUT, ...). */
    public record CodedColumn(String column, List<String> values) implements Serializable {
    }

    public record MeasureChoice(String slug, String name, String nameKo, String unit) implements Serializable {
    }

    public record SourceChoice(long id, String title, String year) implements Serializable {
    }
}
