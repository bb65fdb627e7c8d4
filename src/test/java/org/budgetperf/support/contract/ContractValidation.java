package org.budgetperf.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Validates every REST Assured exchange of the tests against the contract the service serves
 * ({@value #CONTRACT_RESOURCE}, the bundle of openapi/): the request (path, method, parameters, headers,
 * security, media type, body) and the response (status, media type, headers, body). A violation fails
 * the test at the call, and again after it should the test have swallowed the error.
 *
 * <p>Stricter than the contract read literally, in two ways a client relies on:
 * <ul>
 *   <li>every object schema is closed (see {@link StrictContract}): a response property that the contract
 *   does not declare fails;</li>
 *   <li>an API header (one the contract declares on some response: {@code ETag}, {@code Location},
 *   {@code Retry-After}, …) sent on a response that does not declare it fails.</li>
 * </ul>
 *
 * <p>Tests marked {@link SendsInvalidRequests} have their responses validated but not their requests.
 * A request outside the contract's routes (an unknown path or method under {@code /api/}), which only
 * such tests may send, must be answered with a 4xx problem document valid against the contract's
 * {@code Problem} schema, with only the headers every problem may carry. Quarkus' operational
 * endpoints ({@code /q/…}) and CORS preflights are not part of the contract and are not validated.
 *
 * <p>With the environment variable {@code CONTRACT_SURVEY} naming a file, violations are appended to it
 * instead of failing the tests, to list them all in one run (never in CI).
 *
 * <p>Installed for every test by {@link ContractValidationExtension}; one instance per class loader.
 */
public final class ContractValidation implements OrderedFilter {

    /** The contract as served at /q/openapi: the bundle generated from openapi/ by scripts/bundle-contract.sh. */
    public static final String CONTRACT_RESOURCE = "META-INF/openapi.yaml";

    private static final String PROBLEM_JSON = "application/problem+json";

    private static boolean installed;
    private static volatile boolean classExempt;
    private static volatile boolean requestsExempt;
    private static volatile String currentTest = "";
    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

    private ContractValidation() {}

    // ------------------------------------------------------------------ lifecycle (from the extension)

    public static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new ContractValidation());
            installed = true;
        }
    }

    public static void beginClass(Class<?> testClass) {
        install();
        // Built before the tests run, not on their first request: a test that times its requests must not time this.
        Checker.warmUp();
        classExempt = exempt(testClass);
        requestsExempt = classExempt;
        currentTest = testClass.getName();
        VIOLATIONS.clear();
    }

    public static void beginTest(Class<?> testClass, Method testMethod) {
        install();
        requestsExempt = exempt(testClass) || testMethod.isAnnotationPresent(SendsInvalidRequests.class);
        currentTest = testClass.getName() + "." + testMethod.getName();
        VIOLATIONS.clear();
    }

    public static void endTest() {
        requestsExempt = classExempt;
        failOnViolations();
    }

    public static void endClass() {
        classExempt = false;
        requestsExempt = false;
        failOnViolations();
    }

    private static boolean exempt(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (c.isAnnotationPresent(SendsInvalidRequests.class)) {
                return true;
            }
        }
        return false;
    }

    private static void failOnViolations() {
        if (!VIOLATIONS.isEmpty()) {
            List<String> found = new ArrayList<>(VIOLATIONS);
            VIOLATIONS.clear();
            throw new AssertionError("Contract violated:\n" + String.join("\n", found));
        }
    }

    // ------------------------------------------------------------------ the filter

    /** The JSON operations whose file, asked for by {@code Accept} alone, is a deprecated alias of their export URL. */
    private static final java.util.regex.Pattern ALIASED =
            java.util.regex.Pattern.compile("/api/v1/budgets/[^/]+(/self-evaluations/[^/]+)?");

    /**
     * A file answered by a JSON operation (in a test exempt from request checks, as the alias is outside the typed
     * contract): it must then be exactly what the operation's export URL answers.
     */
    private static boolean deprecatedAlias(String path, Request request, Response response) {
        String type = String.join(",", response.getHeaderValues("Content-Type"));
        return request.getMethod() == Request.Method.GET
                && response.getStatus() == 200
                && !type.contains("json")
                && ALIASED.matcher(path).matches();
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE; // last before the wire: sees the request as sent
    }

    @Override
    public io.restassured.response.Response filter(
            FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Request request = withoutMediaTypeOfNoBody(RestAssuredRequest.of(requestSpec));
        boolean checkRequest = !requestsExempt;
        io.restassured.response.Response response = ctx.next(requestSpec, responseSpec);
        String path = request.getPath();
        if (!path.startsWith("/api/") || request.getMethod() == Request.Method.OPTIONS) {
            return response; // /q/health, /q/openapi, CORS preflights: the HTTP layer's, not in the contract
        }
        Checker checker = Checker.INSTANCE;
        Response validated = RestAssuredResponse.of(response);
        ValidationReport report = ValidationReport.empty();
        if (checkRequest) {
            report = report.merge(checker.validator.validateRequest(request));
        }
        String answeredAs = !checkRequest && deprecatedAlias(path, request, validated) ? path + "/export" : path;
        ValidationReport responseReport =
                checker.validator.validateResponse(answeredAs, request.getMethod(), validated);
        if (!checkRequest && outsideTheRoutes(responseReport)) {
            responseReport = checker.asProblem(request, validated);
        }
        report = report.merge(responseReport);
        if (report.hasErrors()) {
            String violation = describe(request, validated, report, response);
            if (SURVEY != null) {
                survey(currentTest + (checkRequest ? "" : " (requests exempt)") + "\n" + violation);
                return response;
            }
            VIOLATIONS.add(violation);
            throw new AssertionError("Contract violated by " + violation);
        }
        return response;
    }

    /**
     * REST Assured sends a Content-Type (form-urlencoded) even with no body, e.g. on {@code POST …/submit};
     * a request without a body has no media type for the contract to check.
     */
    private static Request withoutMediaTypeOfNoBody(Request request) {
        if (request.getRequestBody().isPresent()
                || request.getHeaderValues("Content-Type").isEmpty()) {
            return request;
        }
        SimpleRequest.Builder copy = new SimpleRequest.Builder(request.getMethod(), request.getPath());
        request.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                copy.withHeader(name, List.copyOf(values));
            }
        });
        for (String name : request.getQueryParameters()) {
            copy.withQueryParam(name, List.copyOf(request.getQueryParameterValues(name)));
        }
        return copy.build();
    }

    /**
     * With the environment variable CONTRACT_SURVEY naming a file, violations are appended to it instead of
     * failing the tests: one run of the suite then lists them all (a tool for bringing code and contract
     * together, never for CI).
     */
    private static final String SURVEY = System.getenv("CONTRACT_SURVEY");

    private static synchronized void survey(String violation) {
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of(SURVEY),
                    violation + "\n\n",
                    java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean outsideTheRoutes(ValidationReport report) {
        return report.getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static String describe(
            Request request, Response response, ValidationReport report, io.restassured.response.Response raw) {
        StringBuilder text = new StringBuilder()
                .append(request.getMethod())
                .append(' ')
                .append(request.getPath())
                .append(" -> ")
                .append(response.getStatus())
                .append(' ')
                .append(String.join(",", response.getHeaderValues("Content-Type")));
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                append(text, message, "  ");
            }
        }
        String body = String.valueOf(raw.getContentType()).contains("json") ? raw.asString() : "";
        if (!body.isEmpty()) {
            text.append("\n  body: ").append(body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, ValidationReport.Message message, String indent) {
        text.append('\n').append(indent).append(message.getKey()).append(": ").append(message.getMessage());
        for (String info : message.getAdditionalInfo()) {
            text.append('\n').append(indent).append("  ").append(info);
        }
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            append(text, nested, indent + "  ");
        }
    }

    // ------------------------------------------------------------------ the validator, built once

    private static final class Checker {

        static final Checker INSTANCE = new Checker();

        /** Builds the validator and runs it once (the JSON Schema machinery starts on first use). */
        static void warmUp() {
            Response problem = SimpleResponse.Builder.status(404)
                    .withContentType(PROBLEM_JSON)
                    .withBody(
                            "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"code\":\"NOT_FOUND\"}")
                    .build();
            INSTANCE.validator.validateResponse(StrictContract.OUTSIDE_THE_ROUTES, Request.Method.GET, problem);
        }

        final StrictContract contract = StrictContract.load(CONTRACT_RESOURCE);
        final OpenApiInteractionValidator validator;

        private Checker() {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(contract.json())
                    .withLevelResolver(levels())
                    .withCustomResponseValidation(this::declaredHeaders)
                    .build();
        }

        /** Everything the validator can report is an error: nothing is downgraded or ignored. */
        private static LevelResolver levels() {
            return LevelResolver.create()
                    .withDefaultLevel(ValidationReport.Level.ERROR)
                    .build();
        }

        /** An API header on a response that does not declare it. */
        private ValidationReport declaredHeaders(Response response, ApiOperation operation) {
            String status = String.valueOf(response.getStatus());
            ApiResponse declared = operation.getOperation().getResponses() == null
                    ? null
                    : operation.getOperation().getResponses().get(status);
            if (declared == null && operation.getOperation().getResponses() != null) {
                declared = operation.getOperation().getResponses().get("default");
            }
            if (declared == null) {
                return ValidationReport.empty(); // the validator reports the undeclared status
            }
            Set<String> allowed = contract.headersOf(declared);
            List<ValidationReport.Message> messages = new ArrayList<>();
            for (String header : contract.apiHeaders()) {
                if (!response.getHeaderValues(header).isEmpty() && !allowed.contains(header.toLowerCase(Locale.ROOT))) {
                    messages.add(ValidationReport.Message.create(
                                    "validation.response.header.undeclared",
                                    "Header '" + header + "' is sent but not declared for " + operation.getMethod()
                                            + " "
                                            + operation.getApiPath().original() + " " + status + " (declared: "
                                            + new TreeSet<>(allowed) + ")")
                            .build());
                }
            }
            return ValidationReport.from(messages);
        }

        /** The answer to a request outside the contract's routes: a problem document (see {@link StrictContract#OUTSIDE_THE_ROUTES}). */
        ValidationReport asProblem(Request request, Response response) {
            String type = String.join(",", response.getHeaderValues("Content-Type"));
            if (response.getStatus() < 400 || response.getStatus() >= 500 || !type.startsWith(PROBLEM_JSON)) {
                return ValidationReport.singleton(ValidationReport.Message.create(
                                "validation.response.outsideRoutes",
                                "A request outside the contract's routes must get a 4xx problem document, not "
                                        + response.getStatus() + " " + type)
                        .build());
            }
            return validator.validateResponse(StrictContract.OUTSIDE_THE_ROUTES, request.getMethod(), response);
        }
    }
}
