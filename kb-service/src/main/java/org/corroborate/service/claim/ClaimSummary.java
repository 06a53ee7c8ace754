package org.corroborate.service.claim;

import org.corroborate.model.claim.Claim;
import org.corroborate.service.access.Reader;
import org.corroborate.service.shared.FigureView;
import org.corroborate.service.shared.OrganizationRef;
import org.corroborate.service.shared.PeriodView;
import org.corroborate.service.source.SourceRef;
import org.corroborate.service.source.SourceView;

import java.io.Serializable;
import java.util.List;

/** A claim as a row beside others of its measure: figure, period, sources, organization. */
public record ClaimSummary(long id, String statement, FigureView figure, PeriodView period, String place, String population,
                           String status, OrganizationRef organization, List<SourceRef> sources) implements Serializable {

    public static ClaimSummary of(Claim c, Reader reader) {
        return new ClaimSummary(c.getId(), c.getStatement(),
                FigureView.of(c),
                PeriodView.of(c.getPeriod()), c.getPlace(), c.getPopulation(), c.getStatus().name(),
                OrganizationRef.of(c.getOrganization()),
                SourceView.refs(c.getCitations().stream().map(ci -> ci.getSource()).distinct().toList(), reader));
    }
}
