package org.corroborate.web.faces.crossref;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.crossref.ConflictFilter;
import org.corroborate.service.crossref.CrossReferences;
import org.corroborate.service.crossref.MeasureConflicts;
import org.corroborate.web.faces.support.FacesErrors;

import java.io.Serializable;
import java.util.List;

/** The conflict board ({@code /review/conflicts.xhtml}): open conflicts per measure, the worst first. */
@Named
@ViewScoped
public class ConflictBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CrossReferences crossReferences;

    @Inject
    CurrentReader caller;

    private String topic;
    private String organization;
    private String level;
    private boolean verifiedOnly;
    private List<MeasureConflicts> board = List.of();

    public void load() {
        board = crossReferences.conflictBoard(caller.reader(), new ConflictFilter(blankToNull(topic), blankToNull(organization),
                blankToNull(level), verifiedOnly));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<MeasureConflicts> getBoard() {
        return board;
    }

    public int getConflictCount() {
        return board.stream().mapToInt(m -> m.conflicts().size()).sum();
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public void setVerifiedOnly(boolean verifiedOnly) {
        this.verifiedOnly = verifiedOnly;
    }
}
