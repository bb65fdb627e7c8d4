package org.budgetperf.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Text;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;

/**
 * Runs Bean Validation on a request body and reports every violation at once, with JSON property
 * paths, together with checks the annotations cannot express (exact money conversion).
 *
 * <p>Each constraint violation gets its {@link ViolationCode} and a message of the catalogue, made from the
 * constraint's attributes (never Hibernate Validator's own English text). A {@code @Pattern} of the service names its
 * message by the catalogue entry's name ({@code message = "DEPARTMENT_CODE_FORMAT"}).
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    /** Collects the annotation violations of {@code body}. */
    public List<Violation> check(Object body) {
        if (body == null) {
            return new ArrayList<>(List.of(Violation.body("", ViolationCode.REQUIRED, Messages.BODY_REQUIRED.of())));
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(body)) {
            // Container elements appear as "tasks[0].<list element>": clients know them as "tasks[0]".
            String path = v.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
            violations.add(of(path, v));
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

    /** The violation a constraint violation stands for, by the kind of constraint and its attributes. */
    static Violation of(String path, ConstraintViolation<?> v) {
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return Violation.body(path, ViolationCode.REQUIRED, Messages.REQUIRED.of());
        }
        if (constraint instanceof Size size) {
            return size(path, size, v.getInvalidValue());
        }
        if (constraint instanceof Digits digits) {
            return Violation.body(
                    path, ViolationCode.TOO_MANY_DIGITS, Messages.DIGITS.of(digits.integer(), digits.fraction()));
        }
        if (constraint instanceof Pattern) {
            return Violation.body(
                    path, ViolationCode.INVALID_FORMAT, named(v.getMessageTemplate(), Messages.FORMAT_NOT_MET));
        }
        Text range = range(constraint);
        if (range != null) {
            return Violation.body(path, ViolationCode.OUT_OF_RANGE, range);
        }
        return Violation.body(path, ViolationCode.INVALID_VALUE, named(v.getMessageTemplate(), Messages.NOT_VALID));
    }

    /** The message of a range constraint, or null when {@code constraint} is none. */
    private static Text range(Annotation constraint) {
        if (constraint instanceof Min min) {
            return Messages.AT_LEAST.of(min.value());
        }
        if (constraint instanceof Max max) {
            return Messages.AT_MOST.of(max.value());
        }
        if (constraint instanceof DecimalMin min) {
            return (min.inclusive() ? Messages.AT_LEAST : Messages.GREATER_THAN).of(min.value());
        }
        if (constraint instanceof DecimalMax max) {
            return (max.inclusive() ? Messages.AT_MOST : Messages.LESS_THAN).of(max.value());
        }
        if (constraint instanceof PositiveOrZero) {
            return Messages.MUST_NOT_BE_NEGATIVE.of();
        }
        if (constraint instanceof Positive) {
            return Messages.GREATER_THAN.of(0);
        }
        if (constraint instanceof Negative) {
            return Messages.LESS_THAN.of(0);
        }
        if (constraint instanceof NegativeOrZero) {
            return Messages.AT_MOST.of(0);
        }
        return null;
    }

    private static Violation size(String path, Size size, Object value) {
        boolean text = value instanceof CharSequence;
        int length = value instanceof CharSequence s
                ? s.length()
                : value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
        if (length > size.max()) {
            return text
                    ? Violation.body(path, ViolationCode.TOO_LONG, Messages.AT_MOST_CHARACTERS.of(size.max()))
                    : Violation.body(path, ViolationCode.TOO_MANY_ITEMS, Messages.AT_MOST_ITEMS.of(size.max()));
        }
        return text
                ? Violation.body(path, ViolationCode.TOO_SHORT, Messages.AT_LEAST_CHARACTERS.of(size.min()))
                : Violation.body(path, ViolationCode.TOO_FEW_ITEMS, Messages.AT_LEAST_ITEMS.of(size.min()));
    }

    /** The catalogue entry a message template names, or {@code otherwise} for a template that names none. */
    private static Text named(String template, Messages otherwise) {
        for (Messages m : Messages.values()) {
            if (m.name().equals(template) && m.placeholders().isEmpty()) {
                return m.of();
            }
        }
        return otherwise.of();
    }
}
