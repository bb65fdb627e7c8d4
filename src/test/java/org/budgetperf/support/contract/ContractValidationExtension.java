package org.budgetperf.support.contract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts {@link ContractValidation} in front of every REST Assured call of every test, whether the test
 * goes through {@code Api.given()} or calls {@code RestAssured.given()} itself. Registered for all tests
 * through {@code META-INF/services/org.junit.jupiter.api.extension.Extension} (Quarkus' own
 * junit-platform.properties switches extension autodetection on).
 *
 * <p>A {@code @QuarkusTest} class lives in Quarkus' class loader, with its own copy of REST Assured, while
 * this extension is loaded by JUnit's: so it reaches {@link ContractValidation} through the test class's
 * loader, which installs the filter in the REST Assured that the test really uses.
 */
public final class ContractValidationExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final String TARGET = "org.budgetperf.support.contract.ContractValidation";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        call(context, "beginClass", new Class<?>[] {Class.class}, context.getRequiredTestClass());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        call(
                context,
                "beginTest",
                new Class<?>[] {Class.class, Method.class},
                context.getRequiredTestClass(),
                context.getRequiredTestMethod());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        call(context, "endTest", new Class<?>[0]);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        call(context, "endClass", new Class<?>[0]);
    }

    private static void call(ExtensionContext context, String name, Class<?>[] types, Object... args) throws Exception {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class<?> target = Class.forName(TARGET, true, loader);
        // The parameter types as the target's loader sees them (Class and Method are JDK classes: the same).
        try {
            target.getMethod(name, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }
}
