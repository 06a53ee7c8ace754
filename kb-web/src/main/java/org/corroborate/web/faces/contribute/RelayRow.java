package org.corroborate.web.faces.contribute;

import jakarta.validation.constraints.Size;
import org.corroborate.model.claim.RelayHop;

import java.io.Serializable;

/** One "relayed from" hop of a citation row of the claim form, as typed: a source id and where in it. */
public class RelayRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String source;
    @Size(max = RelayHop.MAX_LOCATOR_LENGTH)
    private String locator;

    public RelayRow() {
    }

    RelayRow(String source, String locator) {
        this.source = source;
        this.locator = locator;
    }

    boolean isEmpty() {
        return (source == null || source.isBlank()) && (locator == null || locator.isBlank());
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLocator() {
        return locator;
    }

    public void setLocator(String locator) {
        this.locator = locator;
    }
}
