package org.budgetperf.support.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (method or class) that sends requests the contract does not allow on purpose: malformed
 * JSON, unknown properties, hostile numbers, wrong media types, missing tokens, ids that are not UUIDs.
 * Its requests are not validated against the contract; its responses still are, every one of them.
 * Every other test has both its requests and its responses validated (see {@link ContractValidation}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SendsInvalidRequests {

    /** Why the requests break the contract (for the reader). */
    String value();
}
