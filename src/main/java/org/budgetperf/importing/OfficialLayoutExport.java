package org.budgetperf.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.TableFiles;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.table.TabSeparatedTableWriter;
import org.budgetperf.exchange.table.XlsxTableWriter;
import org.budgetperf.shared.web.ContentDisposition;
import org.budgetperf.shared.web.ETags;

/** A stored table written in its official layout, by the writers of {@code org.budgetperf.exchange}. */
@ApplicationScoped
public class OfficialLayoutExport implements TableFiles {

    private static final String TITLE = "年部门整体预算绩效目标表";

    @Inject
    BudgetService budgets;

    @Inject
    FrameworkCatalog frameworks;

    @Override
    @Transactional
    public File table(UUID id, Format format) {
        return table(budgets.get(id), format);
    }

    @Override
    @Transactional
    public File table(Budget budget, Format format) {
        return new File(
                write(budgets.storedTable(budget).table(), budget, format),
                ETags.of(budget.version),
                disposition(budget, "", format));
    }

    @Override
    @Transactional
    public File revision(Budget budget, int number, TargetTable table, String etag, Format format) {
        return new File(write(table, budget, format), etag, disposition(budget, "-r" + number, format));
    }

    private byte[] write(TargetTable table, Budget budget, Format format) {
        IndicatorFramework framework = frameworks.find(budget.frameworkCode).orElse(null);
        if (format == Format.TSV) {
            return new TabSeparatedTableWriter().write(table, framework).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(table, framework, out);
        return out.toByteArray();
    }

    /** An ASCII name (department code and year) and the full Chinese name of the department and the form. */
    private static String disposition(Budget budget, String suffix, Format format) {
        String name = budget.fiscalYear + suffix + "." + format.extension;
        return ContentDisposition.attachment(
                budget.department.code + "-" + name,
                budget.department.name + "-" + budget.fiscalYear + TITLE
                        + (suffix.isEmpty() ? "" : "-第" + suffix.substring(2) + "版") + "." + format.extension);
    }
}
