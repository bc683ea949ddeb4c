package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.commission.CommissionInput;
import io.supportcenter.domain.commission.CommissionIntake;
import io.supportcenter.domain.commission.CommissionIntake.Outcome;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/admin/commissions} (admins): a CSV file of commission records, the same records the
 * REST endpoint takes, imported with a report line per row. Columns: externalId, accountNumber,
 * amount, currency, eventTime (ISO-8601 instant), valid (true/false).
 */
@Named
@ViewScoped
public class CommissionImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String[] COLUMNS = {"externalId", "accountNumber", "amount", "currency", "eventTime", "valid"};

    @Inject
    CommissionIntake intake;

    @Inject
    CurrentUser currentUser;

    private transient Part file;
    private List<Row> report = List.of();

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            Texts.error("import:file", "commission-import.file.required");
            return;
        }
        List<CommissionInput> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).build().parse(reader)) {
                if (rows.size() == CommissionIntake.MAX_BATCH) {
                    Texts.error("import:file", "commission-import.file.too-many", CommissionIntake.MAX_BATCH);
                    return;
                }
                rows.add(input(record));
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            Texts.error("import:file", "commission-import.file.unreadable");
            return;
        }
        Caller.Staff admin = currentUser.staffCaller();
        List<Outcome> outcomes = intake.importFile(admin, rows);
        report = outcomes.stream().map(outcome -> new Row(outcome.index() + 2, outcome.externalId(), outcome.status().name(),
                outcome.reason() == null ? "" : Texts.text("commission.reason." + outcome.reason()))).toList();
        Texts.info("commission-import.done", count(outcomes, CommissionIntake.Status.ACCEPTED),
                count(outcomes, CommissionIntake.Status.REPEATED), count(outcomes, CommissionIntake.Status.REFUSED));
    }

    private static long count(List<Outcome> outcomes, CommissionIntake.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    /** A row as written; a value that cannot be read stays empty, so that the intake names the column. */
    private static CommissionInput input(CSVRecord record) {
        return new CommissionInput(value(record, "externalId"), value(record, "accountNumber"), amount(value(record, "amount")),
                value(record, "currency"), instant(value(record, "eventTime")), flag(value(record, "valid")));
    }

    private static String value(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value;
    }

    private static BigDecimal amount(String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean flag(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> null;
        };
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<Row> getReport() {
        return report;
    }

    /** One line of the report: the file's line number (the header is line 1). */
    public record Row(long line, String externalId, String status, String reason) implements Serializable {
    }
}
