package org.budgetperf.exchange.table;

import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.exchange.sheet.FindingSeverity;
import org.budgetperf.exchange.sheet.ImportFinding;

/**
 * What an import produced: the table as the department wrote it, and the report of everything the
 * importer had to interpret to get there (in the order the file was read).
 *
 * @param table the imported table
 * @param findings the import report
 */
public record ImportResult(TargetTable table, List<ImportFinding> findings) {

    public ImportResult {
        Objects.requireNonNull(table, "table");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The findings with the given code, in file order. */
    public List<ImportFinding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Whether any finding has severity {@link FindingSeverity#ERROR}. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == FindingSeverity.ERROR);
    }
}
