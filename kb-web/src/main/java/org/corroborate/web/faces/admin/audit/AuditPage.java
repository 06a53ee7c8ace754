package org.corroborate.web.faces.admin.audit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corroborate.web.security.CurrentReader;
import org.corroborate.service.access.Reader;
import org.corroborate.service.audit.AuditEntry;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.shared.NotPermittedException;
import org.corroborate.web.faces.support.FacesErrors;
import org.corroborate.web.faces.support.Pages;

import java.io.Serializable;
import java.util.List;

/**
 * The audit trail ({@code /admin/audit.xhtml}): the newest changes to the reader's organization's material, optionally
 * for one entity ({@code ?type=claim&id=7}), a page at a time.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentReader caller;

    private String type;
    private String id;
    private int page;
    private List<AuditEntry> entries = List.of();

    public void load() {
        long entityId = Pages.id(id);
        try {
            entries = audit.browse(caller.reader(), type == null || type.isBlank() ? null : type.strip(),
                    entityId < 0 ? null : entityId, page * PAGE_SIZE, PAGE_SIZE + 1);
        } catch (NotPermittedException e) {
            FacesErrors.message(null, FacesMessage.SEVERITY_WARN, e);
            entries = List.of();
        }
    }

    public List<AuditEntry> getEntries() {
        return entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries;
    }

    public boolean isHasNext() {
        return entries.size() > PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
