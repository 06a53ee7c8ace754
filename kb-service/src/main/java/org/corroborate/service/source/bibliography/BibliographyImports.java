package org.corroborate.service.source.bibliography;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.corroborate.model.organization.Organization;
import org.corroborate.model.source.Confidentiality;
import org.corroborate.model.source.Source;
import org.corroborate.service.access.Permissions;
import org.corroborate.service.access.Reader;
import org.corroborate.service.access.Role;
import org.corroborate.service.access.Visibility;
import org.corroborate.service.audit.AuditTrail;
import org.corroborate.service.organization.OrganizationRepository;
import org.corroborate.service.shared.InvalidInputException;
import org.corroborate.service.shared.TooLargeException;
import org.corroborate.service.source.NewSource;
import org.corroborate.service.source.SourceInputs;
import org.corroborate.service.source.SourceRepository;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bibliographic import: {@link #preview} reads a file and writes nothing; {@link #confirm} writes every decision
 * in one transaction, with one audit event, or nothing at all.
 */
@Stateless
public class BibliographyImports {

    /** The largest file an import reads: 2 MB, some thousands of records. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The most records an import reads. */
    public static final int MAX_RECORDS = 500;

    @Inject
    SourceRepository sources;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    /** Reads a file whose format is told by its name or its content; see {@link #preview(Reader, String, BibliographyFormat, byte[], Confidentiality)}. */
    public ImportPreview preview(@NotNull Reader reader, String fileName, byte[] content) {
        return preview(reader, fileName, null, content, Confidentiality.PUBLIC);
    }

    /**
     * Reads a CSL-JSON, BibTeX or RIS file and says, record by record, what would be written. Writes nothing.
     *
     * @param format          the format, or null to detect it from the file name, then from the content
     * @param confidentiality who may read the sources the import creates
     * @throws InvalidInputException when the file is empty, not UTF-8, or in no format the import reads
     * @throws TooLargeException     when the file is over {@link #MAX_BYTES} or holds over {@link #MAX_RECORDS} records
     */
    public ImportPreview preview(@NotNull Reader reader, String fileName, BibliographyFormat format, byte[] content,
                                 @NotNull Confidentiality confidentiality) {
        Permissions.requireRole(reader, Role.CONTRIBUTOR);
        String holder = reader.organizationSlug().orElseThrow();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(BibliographyImports.class, "empty");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        String text = utf8(content);
        BibliographyFormat detected = BibliographyFormat.detect(format, fileName, text)
                .orElseThrow(() -> InvalidInputException.of(BibliographyImports.class, "unknownFormat"));
        List<ParsedRecord> parsed = BibliographyReader.read(detected, text);
        if (parsed.size() > MAX_RECORDS) {
            throw TooLargeException.of(BibliographyImports.class, "tooManyRecords", parsed.size(), MAX_RECORDS);
        }
        if (parsed.isEmpty()) {
            throw InvalidInputException.of(BibliographyImports.class, "noRecords", detected.name());
        }
        DuplicateFinder finder = new DuplicateFinder(sources.fullyVisible(reader).stream()
                .filter(s -> Visibility.of(s, reader) == Visibility.FULL)
                .map(s -> new DuplicateFinder.Known(s.getId(), s.getTitle(), s.getDoi(), s.getUrl(),
                        s.getIssued() == null ? null : s.getIssued().toString(), reader.belongsTo(s.getHolder().getSlug())))
                .toList());
        List<ImportRecord> records = new ArrayList<>();
        for (ParsedRecord p : parsed) {
            if (p.item() == null) {
                records.add(new ImportRecord(p.index(), p.key(), p.line(), detected, null, p.problems(), List.of()));
                continue;
            }
            CslMapping.Mapped mapped = CslMapping.map(p.item(), holder, confidentiality);
            List<Problem> problems = new ArrayList<>(p.problems());
            problems.addAll(mapped.problems());
            NewSource source = mapped.source();
            if (source.title() != null) {
                for (ConstraintViolation<NewSource> v : sorted(validator.validate(source))) {
                    problems.add(Problem.error("invalidField", v.getPropertyPath().toString(), v.getMessage()));
                }
            }
            List<DuplicateCandidate> duplicates = source.title() == null ? List.of() : finder.candidates(p.index(), source);
            records.add(new ImportRecord(p.index(), p.key(), p.line(), detected, source, List.copyOf(problems), duplicates));
        }
        return new ImportPreview(fileName, detected, holder, List.copyOf(records));
    }

    /** The refusal of a file over {@link #MAX_BYTES} (the API answers it as 413). */
    public static TooLargeException tooLarge() {
        return TooLargeException.of(BibliographyImports.class, "tooLarge", MAX_BYTES / (1024 * 1024));
    }

    /**
     * Reads and writes a file in one go, for scripts: every record without duplicates is created, records with
     * possible duplicates are handled by {@code onDuplicate}. A record that cannot be read refuses the whole file.
     */
    public ImportResult importAll(@NotNull Reader actor, String fileName, BibliographyFormat format, byte[] content,
                                  @NotNull Confidentiality confidentiality, @NotNull Decision.OnDuplicate onDuplicate) {
        ImportPreview preview = preview(actor, fileName, format, content, confidentiality);
        Map<Integer, Decision> decisions = new LinkedHashMap<>();
        for (ImportRecord record : preview.records()) {
            if (!record.importable()) {
                throw InvalidInputException.of(BibliographyImports.class, "notImportable", record.label(), record.line(),
                        String.join(" ", record.problemTexts(java.util.Locale.ENGLISH)));
            }
            decisions.put(record.index(), Decision.of(record, onDuplicate));
        }
        return confirm(actor, preview, decisions);
    }

    /**
     * Writes the import: each record as decided (records without a decision get their
     * {@linkplain ImportRecord#defaultDecision() default}), in one transaction with one "sources.imported" audit event.
     * Any refusal writes nothing at all.
     */
    public ImportResult confirm(@NotNull Reader actor, @NotNull ImportPreview preview, Map<Integer, Decision> decisions) {
        Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, preview.holder());
        Organization holder = organizations.findBySlug(preview.holder())
                .orElseThrow(() -> InvalidInputException.of(BibliographyImports.class, "noHolder", preview.holder()));
        Map<Integer, Decision> chosen = decisions == null ? Map.of() : decisions;
        List<ImportResult.Row> rows = new ArrayList<>();
        Map<Integer, Source> created = new LinkedHashMap<>();
        for (ImportRecord record : preview.records()) {
            Decision decision = chosen.getOrDefault(record.index(), record.defaultDecision());
            if (decision.action() != Decision.Action.SKIP && !record.importable()) {
                throw InvalidInputException.of(BibliographyImports.class, "notImportable", record.label(), record.line(),
                        String.join(" ", record.problemTexts(java.util.Locale.ENGLISH)));
            }
            switch (decision.action()) {
                case SKIP -> rows.add(new ImportResult.Row(record.index(), record.label(), Decision.Action.SKIP, null,
                        record.source() == null ? null : record.source().title(), List.of()));
                case CREATE -> {
                    NewSource command = valid(record);
                    Source source = SourceInputs.create(command, holder, id -> {
                        throw InvalidInputException.of(BibliographyImports.class, "noRelays");
                    });
                    sources.add(source);
                    rows.add(new ImportResult.Row(record.index(), record.label(), Decision.Action.CREATE, null,
                            source.getTitle(), List.of()));
                    created.put(rows.size() - 1, source);
                }
                case MERGE -> {
                    NewSource command = valid(record);
                    if (decision.mergeInto() == null) {
                        throw InvalidInputException.of(BibliographyImports.class, "mergeTarget", record.label(), record.line());
                    }
                    Source target = sources.find(decision.mergeInto())
                            .filter(s -> Visibility.of(s, actor) == Visibility.FULL)
                            .orElseThrow(() -> InvalidInputException.of(BibliographyImports.class, "noMergeTarget",
                                    record.label(), record.line(), decision.mergeInto()));
                    Permissions.requireRoleIn(actor, Role.CONTRIBUTOR, target.getHolder().getSlug());
                    List<String> filled = SourceInputs.fillEmpty(target, command);
                    rows.add(new ImportResult.Row(record.index(), record.label(), Decision.Action.MERGE, target.getId(),
                            target.getTitle(), filled));
                }
            }
        }
        sources.flush();
        List<ImportResult.Row> finalRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportResult.Row r = rows.get(i);
            Source made = created.get(i);
            finalRows.add(made == null ? r
                    : new ImportResult.Row(r.index(), r.key(), r.action(), made.getId(), r.title(), r.filled()));
        }
        ImportResult result = new ImportResult(preview.fileName(), List.copyOf(finalRows));
        audit.record(actor, holder.getSlug(), "sources.imported", "source", null,
                "Imported " + preview.format() + " file " + (preview.fileName() == null ? "" : preview.fileName())
                        + ": " + result.created() + " created, " + result.merged() + " merged, " + result.skipped() + " skipped",
                null, auditRows(result));
        return result;
    }

    private static List<Map<String, Object>> auditRows(ImportResult result) {
        return result.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", r.key());
            row.put("action", r.action().name().toLowerCase(java.util.Locale.ROOT));
            if (r.sourceId() != null) {
                row.put(r.action() == Decision.Action.MERGE ? "mergedInto" : "created", r.sourceId());
            }
            if (!r.filled().isEmpty()) {
                row.put("filled", r.filled());
            }
            return row;
        }).toList();
    }

    /** The record's source, checked again as the form and the API would check it. */
    private NewSource valid(ImportRecord record) {
        Set<ConstraintViolation<NewSource>> violations = validator.validate(record.source());
        if (!violations.isEmpty()) {
            ConstraintViolation<NewSource> v = sorted(violations).get(0);
            throw InvalidInputException.of(BibliographyImports.class, "invalidRecord", record.label(), record.line(),
                    v.getPropertyPath().toString(), v.getMessage());
        }
        return record.source();
    }

    private static List<ConstraintViolation<NewSource>> sorted(Set<ConstraintViolation<NewSource>> violations) {
        return violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(BibliographyImports.class, "notUtf8");
        }
    }
}
