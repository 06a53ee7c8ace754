package org.corroborate.model.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.corroborate.model.organization.Organization;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.model.shared.VisibleText;

/**
 * A CSV file of claims that an organization imported: which file (by its SHA-256, so that the same file is never
 * imported twice by one organization), who imported it, when, and the draft claims it created.
 */
@Entity
@Table(name = "claim_import")
@NamedQuery(name = "ClaimImport.findByFile",
        query = "SELECT i FROM ClaimImport i WHERE i.organization = :organization AND i.sha256 = :sha256")
@NamedQuery(name = "ClaimImport.claimIdsOf",
        query = "SELECT c FROM ClaimImport i JOIN i.claimIds c WHERE i.organization = :organization")
public class ClaimImport {

    public static final int MAX_FILE_NAME = 300;

    @Id
    @SequenceGenerator(name = "claim_import_seq", sequenceName = "claim_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_import_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    /** Lower-case hex SHA-256 of the file's bytes. */
    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME, updatable = false)
    private String fileName;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "importer_account_id", updatable = false)
    private Long importerAccountId;

    @Column(name = "importer_name", nullable = false, length = 200, updatable = false)
    private String importerName;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "claim_import_claim", joinColumns = @JoinColumn(name = "import_id"))
    @Column(name = "claim_id", nullable = false)
    private Set<Long> claimIds = new TreeSet<>();

    protected ClaimImport() {
        // for JPA
    }

    public ClaimImport(Organization organization, String sha256, String fileName, int rowCount,
                       Long importerAccountId, String importerName) {
        this.organization = Objects.requireNonNull(organization, "An import belongs to an organization.");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("An import needs the file's SHA-256 as 64 hexadecimal digits.");
        }
        this.sha256 = sha256;
        String name = VisibleText.isBlank(fileName) ? "upload.csv" : fileName.strip();
        this.fileName = name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
        if (rowCount < 0) {
            throw new IllegalArgumentException("A row count cannot be negative.");
        }
        this.rowCount = rowCount;
        this.importerAccountId = importerAccountId;
        this.importerName = Objects.requireNonNull(importerName, "An import needs the name of its importer.");
        this.importedAt = Instant.now();
    }

    /** Records the claims the import created. */
    public void created(Collection<Long> ids) {
        claimIds.addAll(ids);
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowCount() {
        return rowCount;
    }

    public Long getImporterAccountId() {
        return importerAccountId;
    }

    public String getImporterName() {
        return importerName;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Set<Long> getClaimIds() {
        return Collections.unmodifiableSet(claimIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimImport other && organization.equals(other.organization) && sha256.equals(other.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256);
    }
}
