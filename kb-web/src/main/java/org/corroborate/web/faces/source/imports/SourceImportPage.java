package org.corroborate.web.faces.source.imports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.service.access.Reader;
import org.corroborate.service.source.bibliography.BibliographyImports;
import org.corroborate.service.source.bibliography.Decision;
import org.corroborate.service.source.bibliography.DuplicateCandidate;
import org.corroborate.service.source.bibliography.ImportPreview;
import org.corroborate.service.source.bibliography.ImportRecord;
import org.corroborate.service.source.bibliography.ImportResult;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bibliographic import ({@code /contribute/source-import.xhtml}): the uploaded file's preview is kept in this view
 * until the contributor confirms; only then is anything written, all at once.
 */
@Named
@ViewScoped
public class SourceImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BibliographyImports imports;

    @Inject
    CurrentReader caller;

    private transient UploadedFile file;
    private Confidentiality confidentiality = Confidentiality.PUBLIC;
    private ImportPreview preview;
    /** Per record index: "CREATE", "SKIP" or "MERGE:<source id>". */
    private final Map<Integer, String> choices = new HashMap<>();
    private ImportResult result;

    /** Reads the uploaded file into a preview; writes nothing. */
    public void read() {
        FacesContext faces = FacesContext.getCurrentInstance();
        result = null;
        if (file == null || file.getSize() == 0) {
            FacesErrors.error(faces, text("import.noFile"));
            return;
        }
        if (file.getSize() > BibliographyImports.MAX_BYTES) {
            FacesErrors.error(faces, text("import.tooLarge"));
            return;
        }
        try {
            preview = imports.preview(caller.reader(), file.getFileName(), null, file.getContent(), confidentiality);
        } catch (RuntimeException e) {
            preview = null;
            if (!FacesErrors.show(e)) {
                throw e;
            }
            return;
        }
        choices.clear();
        for (ImportRecord r : preview.records()) {
            choices.put(r.index(), encode(r.defaultDecision()));
        }
    }

    /** Writes every decision in one transaction; on a refusal nothing is written and the preview stays. */
    public void confirm() {
        if (preview == null) {
            return;
        }
        Map<Integer, Decision> decisions = new HashMap<>();
        choices.forEach((index, choice) -> decisions.put(index, decode(choice)));
        try {
            result = imports.confirm(caller.reader(), preview, decisions);
            preview = null;
            choices.clear();
        } catch (RuntimeException e) {
            if (!FacesErrors.show(e)) {
                throw e;
            }
        }
    }

    public void startOver() {
        preview = null;
        result = null;
        choices.clear();
    }

    /** The choices for one record: create, skip, or merge into one of the organization's matching sources. */
    public List<SelectItem> options(ImportRecord record) {
        List<SelectItem> items = new ArrayList<>();
        if (record.importable()) {
            items.add(new SelectItem("CREATE", text("import.decision.CREATE")));
        }
        items.add(new SelectItem("SKIP", text("import.decision.SKIP")));
        if (record.importable()) {
            for (DuplicateCandidate c : record.mergeable()) {
                items.add(new SelectItem("MERGE:" + c.sourceId(),
                        text("import.decision.MERGE").replace("{0}", String.valueOf(c.sourceId())).replace("{1}", c.title())));
            }
        }
        return items;
    }

    public List<String> problems(ImportRecord record) {
        return record.problemTexts(Messages.locale());
    }

    private static String encode(Decision d) {
        return d.action() == Decision.Action.MERGE ? "MERGE:" + d.mergeInto() : d.action().name();
    }

    private static Decision decode(String choice) {
        if (choice == null || choice.equals("SKIP")) {
            return Decision.skip();
        }
        if (choice.startsWith("MERGE:")) {
            return Decision.merge(Long.parseLong(choice.substring("MERGE:".length())));
        }
        return Decision.create();
    }

    private static String text(String key) {
        return Messages.text("org.corroborate.web.i18n.sources", key);
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public long getMaxMegabytes() {
        return BibliographyImports.MAX_BYTES / (1024 * 1024);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public Map<Integer, String> getChoices() {
        return choices;
    }

    public ImportResult getResult() {
        return result;
    }
}
