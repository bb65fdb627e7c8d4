package org.budgetperf.evaluation.weights;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.budgetperf.evaluation.domain.ExecutionDeduction;
import org.budgetperf.evaluation.domain.InvalidSetting;
import org.budgetperf.evaluation.domain.QualitativeBands;
import org.budgetperf.evaluation.domain.ScoringWeights;
import org.budgetperf.evaluation.domain.WeightSet;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.Text;

/**
 * A new version of a weight set, as an admin sends it. Bounds are checked here (400 naming the field); that the
 * weights make 100 and the bands are ordered is a business rule (422), checked by the domain constructors. A
 * pattern's {@code message} names its text in the message catalogue ({@code shared.problem.Messages}).
 *
 * @param asDeclared true: take each table's (or form's) declared weights; then {@code weights} must be absent
 * @param weights the fixed group weights; required unless {@code asDeclared}
 * @param budgetExecutionRule R-SCO-2 deduction; 90 / 5 / 1 when absent
 * @param qualitativeBands R-SCO-6 bands; 80 / 60 when absent
 */
public record WeightSetInput(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "WEIGHT_SET_CODE_FORMAT")
        String code,

        @NotBlank @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.-]{0,31}", message = "WEIGHT_SET_VERSION_FORMAT")
        String version,

        @NotBlank @Size(max = 200) String title,
        Boolean asDeclared,
        Boolean managementGroup,
        @Valid Weights weights,
        @Valid Deduction budgetExecutionRule,
        @Valid Bands qualitativeBands) {

    /** A refusal of the domain, with the part of the input it concerns and the reason in both languages. */
    static final class InvalidPart extends IllegalArgumentException {
        final String field;
        final transient Text reason;

        InvalidPart(String field, Text reason) {
            super(reason.english());
            this.field = field;
            this.reason = reason;
        }
    }

    /** The same set with what was left out filled in: management as a group when as declared, 90 / 5 / 1, 80 / 60. */
    WeightSetInput complete() {
        boolean declared = Boolean.TRUE.equals(asDeclared);
        ExecutionDeduction d = ExecutionDeduction.defaults();
        QualitativeBands b = QualitativeBands.defaults();
        return new WeightSetInput(
                code,
                version,
                title,
                declared,
                declared || Boolean.TRUE.equals(managementGroup),
                weights,
                budgetExecutionRule != null
                        ? budgetExecutionRule
                        : new Deduction(d.fullMarksRate(), d.step(), d.pointsPerStep()),
                qualitativeBands != null ? qualitativeBands : new Bands(b.achievedFrom(), b.partialFrom()));
    }

    /**
     * The set as the rules use it, from a {@link #complete()} input. The domain constructors are the one statement of
     * what makes a set; a refusal is an {@link InvalidPart} naming the part.
     */
    WeightSet toDomain() {
        if (asDeclared == (weights != null)) {
            throw new InvalidPart(
                    "weights",
                    (asDeclared ? Messages.AS_DECLARED_STATES_NO_WEIGHTS : Messages.FIXED_SET_STATES_WEIGHTS).of());
        }
        ExecutionDeduction d = part(
                "budgetExecutionRule",
                () -> new ExecutionDeduction(
                        budgetExecutionRule.fullMarksRate(),
                        budgetExecutionRule.step(),
                        budgetExecutionRule.pointsPerStep()));
        QualitativeBands b = part(
                "qualitativeBands",
                () -> new QualitativeBands(qualitativeBands.achievedFrom(), qualitativeBands.partialFrom()));
        ScoringWeights w = weights == null
                ? null
                : part(
                        "weights",
                        () -> new ScoringWeights(
                                weights.output(),
                                weights.outcome(),
                                weights.satisfaction(),
                                weights.budgetExecution(),
                                weights.cost(),
                                weights.management() == null ? BigDecimal.ZERO : weights.management(),
                                version));
        return part("weights.management", () -> new WeightSet(code, version, title, w, managementGroup, d, b));
    }

    private static <T> T part(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidSetting refused) {
            throw new InvalidPart(field, Text.of(refused.messageEn(), refused.messageZh()));
        } catch (IllegalArgumentException refused) {
            throw new InvalidPart(field, Text.same(refused.getMessage()));
        }
    }

    /** Points of the groups, out of 100. */
    public record Weights(
            @NotNull @Points BigDecimal output,

            @NotNull @Points BigDecimal outcome,

            @NotNull @Points BigDecimal satisfaction,

            @NotNull @Points BigDecimal budgetExecution,

            @Points BigDecimal cost,

            @Points BigDecimal management) {}

    /** Full marks from, step width and points per step of 预算执行率. */
    public record Deduction(
            @NotNull @Points BigDecimal fullMarksRate,

            @NotNull @Points BigDecimal step,

            @NotNull @Points BigDecimal pointsPerStep) {}

    /** Lower edges of 达成 and 部分达成 in % of the weight. */
    public record Bands(
            @NotNull @Points BigDecimal achievedFrom,

            @NotNull @Points BigDecimal partialFrom) {}
}
