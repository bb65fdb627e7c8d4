package org.budgetperf.evaluation.weights;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every figure of a weight set — a weight, a rate, a step, a band edge — is 0 to 100 with at most 4 decimals: one
 * statement of the bound, so each field names it once (a violation names the field).
 */
@DecimalMin("0")
@DecimalMax("100")
@Digits(integer = 3, fraction = 4)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface Points {

    String message() default "must be 0 to 100 with at most 4 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
