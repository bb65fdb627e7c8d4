package org.budgetperf.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.budgetperf.budget.Budget;
import org.budgetperf.budget.BudgetService;
import org.budgetperf.budget.TableFiles;
import org.budgetperf.budget.indicator.FrameworkCatalog;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.exchange.table.TabSeparatedTableWriter;
import org.budgetperf.exchange.table.XlsxTableWriter;

/** A stored table written in its official layout, by the writers of {@code org.budgetperf.exchange}. */
@ApplicationScoped
public class OfficialLayoutExport implements TableFiles {

    @Inject
    BudgetService budgets;

    @Inject
    FrameworkCatalog frameworks;

    @Override
    @Transactional
    public File xlsx(UUID id) {
        Budget budget = budgets.get(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(budgets.storedTable(budget).table(), framework(budget), out);
        return new File(out.toByteArray(), budget.version, disposition(budget, "xlsx"));
    }

    @Override
    @Transactional
    public File tsv(UUID id) {
        Budget budget = budgets.get(id);
        String text =
                new TabSeparatedTableWriter().write(budgets.storedTable(budget).table(), framework(budget));
        return new File(text.getBytes(StandardCharsets.UTF_8), budget.version, disposition(budget, "tsv"));
    }

    private IndicatorFramework framework(Budget budget) {
        return frameworks.find(budget.frameworkCode).orElse(null);
    }

    /** An ASCII name for old clients and the full Chinese name (RFC 6266 / 5987) for the rest. */
    private static String disposition(Budget budget, String extension) {
        String ascii =
                budget.department.code.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + budget.fiscalYear + "." + extension;
        String full = budget.department.name + "-" + budget.fiscalYear + "年部门整体预算绩效目标表." + extension;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(full, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
