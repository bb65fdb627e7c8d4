package org.budgetperf.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetperf.evaluation.domain.WeightSet;
import org.budgetperf.evaluation.weights.WeightSets;
import org.budgetperf.exchange.selfevaluation.SelfEvaluationForm;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.budgetperf.shared.web.MediaTypes;

/**
 * {@code /api/v1/self-evaluation-previews}: a filled-in 项目支出绩效自评表 (xlsx) scored under a chosen weight set,
 * without any stored table; nothing is recorded. {@code ?weightSet=code[@version]} (the configured default when
 * absent), {@code ?qualitativeScore=B22:100} (repeatable) the evaluator's % of the weight of the qualitative line whose
 * name is in that cell — the form has no column for it.
 */
@Path("/api/v1/self-evaluation-previews")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SelfEvaluationPreviewResource {

    private static final Pattern SCORE =
            Pattern.compile("((?:[^!]{1,31}!)?[A-Z]{1,3}[0-9]{1,7}):(100(?:\\.0{1,4})?|[0-9]{1,2}(?:\\.[0-9]{1,4})?)");
    private static final Pattern REFERENCE = Pattern.compile(EvaluationInputs.WEIGHT_SET_REFERENCE);

    @Inject
    WeightSets weightSets;

    @Inject
    ScoringConfig scoringConfig;

    @POST
    @Consumes(MediaTypes.XLSX)
    public FormPreview preview(
            byte[] file,
            @QueryParam("weightSet") String weightSet,
            @QueryParam("qualitativeScore") List<String> qualitativeScores) {
        if (weightSet != null && !REFERENCE.matcher(weightSet).matches()) {
            throw ProblemException.invalid(
                    Violation.query("weightSet", ViolationCode.INVALID_FORMAT, Messages.WEIGHT_SET_REFERENCE.of()));
        }
        Map<String, BigDecimal> percents = percents(qualitativeScores);
        if (file == null || file.length == 0) {
            throw ProblemException.invalid("", ViolationCode.REQUIRED, Messages.BODY_MUST_BE_FORM.of());
        }
        WeightSet set = weightSets.named(
                weightSet == null ? scoringConfig.defaultWeightSet() : weightSet, "query", "weightSet");
        SelfEvaluationForm form = FormPreview.read(file);
        List<String> cells = form.indicators().stream()
                .map(SelfEvaluationForm.Indicator::location)
                .toList();
        List<Violation> unknown = percents.keySet().stream()
                .filter(cell -> !cells.contains(cell))
                .map(cell -> Violation.query(
                        "qualitativeScore", ViolationCode.UNKNOWN_REFERENCE, Messages.NO_INDICATOR_IN_CELL.of(cell)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        return FormPreview.score(form, set, percents);
    }

    /** {@code CELL:PERCENT} pairs, each cell once. */
    private static Map<String, BigDecimal> percents(List<String> given) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        List<String> entries = given == null ? List.of() : given;
        if (entries.size() > 1000) {
            throw invalidScore(ViolationCode.TOO_MANY_ITEMS, Messages.AT_MOST_ITEMS.of(1000));
        }
        for (String entry : entries) {
            Matcher m = SCORE.matcher(entry == null ? "" : entry);
            if (!m.matches()) {
                throw invalidScore(ViolationCode.INVALID_FORMAT, Messages.NOT_CELL_PERCENT.of(entry));
            }
            if (percents.put(m.group(1), new BigDecimal(m.group(2))) != null) {
                throw invalidScore(ViolationCode.DUPLICATE, Messages.GIVEN_TWICE.of(m.group(1)));
            }
        }
        return percents;
    }

    private static ProblemException invalidScore(ViolationCode code, Text message) {
        return ProblemException.invalid(Violation.query("qualitativeScore", code, message));
    }
}
