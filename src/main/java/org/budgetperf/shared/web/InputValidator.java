package org.budgetperf.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;

/**
 * Runs Bean Validation on a request body and reports every violation at once, with JSON property
 * paths, together with checks the annotations cannot express (exact money conversion).
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    /** Collects the annotation violations of {@code body}. */
    public List<Violation> check(Object body) {
        if (body == null) {
            return new ArrayList<>(List.of(Violation.body("", "request body is required")));
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(body)) {
            // Container elements appear as "tasks[0].<list element>": clients know them as "tasks[0]".
            String path = v.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
            violations.add(Violation.body(path, v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    /** Throws a 400 listing all violations, if any. */
    public static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
