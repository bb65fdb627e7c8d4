package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.junit.jupiter.api.Test;

/**
 * Property-style round trip: 300 random tables ({@link RandomTargetTables}, seeded, so a failure is reproducible
 * by its index) are written and read back, in xlsx, in text, and xlsx → text → xlsx, and must come back equal
 * in every field (records compare BigDecimal with {@code equals}, so even the scale of an amount must survive).
 *
 * <p>No normalisation is applied to the read-back table. What the format cannot carry is kept out of the
 * generated tables instead, each case documented on {@link RandomTargetTables} and in {@code docs/export.md}.
 */
class GeneratedTablesRoundTripTest {

    private static final long SEED = 20241125L;
    private static final int TABLES = 300;

    @Test
    void randomTablesSurviveBothFormatsAndTheWayAcross() {
        RandomTargetTables tables = new RandomTargetTables(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            IndicatorFramework framework = RandomTargetTables.FRAMEWORKS.get(i % 2);
            TargetTable table = tables.next(framework);
            String which = "table #" + i + " (seed " + SEED + ", framework " + framework.code() + ")";
            TargetTable viaXlsx = Exports.viaXlsx(table, framework);
            compare(which + " via xlsx", table, viaXlsx, failures);
            compare(which + " via text", table, Exports.viaText(table, framework), failures);
            compare(
                    which + " xlsx → text → xlsx",
                    table,
                    Exports.viaXlsx(Exports.viaText(viaXlsx, framework), framework),
                    failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theGeneratorCoversWhatTheTestClaims() {
        RandomTargetTables tables = new RandomTargetTables(SEED);
        List<TargetTable> all = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            all.add(tables.next(RandomTargetTables.FRAMEWORKS.get(i % 2)));
        }
        List<String> texts = all.stream()
                .flatMap(t -> t.tasks().stream())
                .flatMap(task -> java.util.stream.Stream.of(task.name(), task.content(), task.expectedOutcome()))
                .filter(Objects::nonNull)
                .toList();
        assertThat(all)
                .anyMatch(t -> t.tasks().isEmpty())
                .anyMatch(t -> t.indicators().isEmpty())
                .anyMatch(t -> t.periodStartYear() != null)
                .anyMatch(t -> t.amounts().cityLevelFunds() == null)
                .anyMatch(t -> t.amounts().basicExpenditure() != null
                        && t.amounts().basicExpenditure().signum() == 0)
                .anyMatch(t -> t.amounts().fiscalAppropriation() != null
                        && t.amounts().fiscalAppropriation().precision() > 16)
                .anyMatch(
                        t -> t.overallGoalHtml() != null && t.overallGoalHtml().length() > 5000)
                .anyMatch(t -> t.indicators().stream().allMatch(l -> l.periodValue() == null)
                        && !t.indicators().isEmpty())
                .anyMatch(t -> t.indicators().stream().anyMatch(l -> l.weight() != null))
                .anyMatch(t -> t.indicators().stream().anyMatch(l -> l.level2().equals("服务对象")));
        assertThat(texts)
                .anyMatch(s -> s.startsWith("="))
                .anyMatch(s -> s.startsWith("+"))
                .anyMatch(s -> s.startsWith("-"))
                .anyMatch(s -> s.startsWith("@"))
                .anyMatch(s -> s.contains("\t"))
                .anyMatch(s -> s.contains("\n"))
                .anyMatch(s -> s.contains("😀"))
                .anyMatch(s -> s.contains("&"))
                .anyMatch(s -> s.contains("<"))
                .anyMatch(s -> s.contains("\""))
                .anyMatch(s -> s.contains("，"))
                .anyMatch(s -> s.length() >= 4900)
                .anyMatch(s -> s.contains("\u0001"))
                .anyMatch(s -> s.contains("_x0041_"));
    }

    private static void compare(String which, TargetTable expected, TargetTable actual, List<String> failures) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (var component : TargetTable.class.getRecordComponents()) {
            try {
                Object e = component.getAccessor().invoke(expected);
                Object a = component.getAccessor().invoke(actual);
                if (!Objects.equals(e, a)) {
                    fields.add(component.getName() + ": " + firstDifference(e, a));
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        failures.add(which + " differs in " + fields);
    }

    private static String firstDifference(Object expected, Object actual) {
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                if (!Objects.equals(e.get(i), a.get(i))) {
                    return "[" + i + "] expected " + abbreviated(e.get(i)) + " but was " + abbreviated(a.get(i));
                }
            }
            return "size " + e.size() + " vs " + a.size();
        }
        return "expected " + abbreviated(expected) + " but was " + abbreviated(actual);
    }

    private static String abbreviated(Object o) {
        String s = String.valueOf(o);
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
