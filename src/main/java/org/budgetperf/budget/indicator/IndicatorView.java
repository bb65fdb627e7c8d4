package org.budgetperf.budget.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.budgetperf.budget.indicator.domain.IndicatorFramework;
import org.budgetperf.budget.indicator.domain.TargetValue;
import org.budgetperf.budget.indicator.domain.TargetValueParser;
import org.budgetperf.budget.indicator.domain.ValueBasis;
import org.budgetperf.shared.web.ETags;

/**
 * An indicator as the API returns it: the values as written plus their parsed reading, and what is
 * questionable about it (framework mismatch, malformed values), so a frontend can highlight it; {@code version} is
 * the indicator's own ETag, to send in {@code If-Match} without reading the indicator again.
 */
public record IndicatorView(
        UUID id,
        String version,
        int position,
        String level1,
        String level2,
        String name,
        String periodValue,
        String annualValue,
        Target periodTarget,
        Target annualTarget,
        BigDecimal weight,
        UUID taskId,
        ValueBasis valueBasis,
        String valueBasisNote,
        UUID predecessorId,
        List<Finding> findings,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The parsed reading of a target value (domain.md §3); null when the value is blank. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Target(
            String raw,
            String kind,
            String operator,
            BigDecimal number,
            String unit,
            String normalized,
            List<Finding> findings) {

        public static Target of(TargetValue v) {
            if (v == null || v.raw() == null) {
                return null;
            }
            return new Target(
                    v.raw(),
                    v.kind().name(),
                    v.operator() == null ? null : v.operator().symbol(),
                    v.number(),
                    v.unit(),
                    v.normalized(),
                    v.findings().stream()
                            .map(f -> new Finding(f.code().name(), f.message()))
                            .toList());
        }
    }

    /** Something about the indicator a reviewer should look at; {@code code} is stable. */
    public record Finding(String code, String message) {}

    public static IndicatorView of(Indicator i, IndicatorFramework framework) {
        TargetValue period = i.periodValue == null ? null : TargetValueParser.parse(i.periodValue, i.name);
        TargetValue annual = i.annualValue == null ? null : TargetValueParser.parse(i.annualValue, i.name);
        List<Finding> findings = new ArrayList<>();
        if (framework != null && !framework.allows(i.level1, i.level2)) {
            findings.add(new Finding(
                    "FRAMEWORK_MISMATCH",
                    "(" + i.level1 + ", " + i.level2 + ") is not a pair of framework " + framework.code()
                            + " (一级/二级不符合指标框架)"));
        }
        return new IndicatorView(
                i.id,
                ETags.of(i.version),
                i.position,
                i.level1,
                i.level2,
                i.name,
                i.periodValue,
                i.annualValue,
                Target.of(period),
                Target.of(annual),
                i.weight,
                i.taskId,
                i.valueBasis,
                i.valueBasisNote,
                i.predecessorId,
                findings,
                i.createdAt,
                i.updatedAt);
    }
}
