package org.budgetperf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetperf.support.Api.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract is the source of truth: the service serves exactly it, and every operation it documents is
 * implemented (and nothing undocumented is). A drift either way fails the build. The contract here is the
 * bundle of openapi/ (scripts/bundle-contract.sh), the document the tests validate every exchange against.
 */
@QuarkusTest
class ContractTest {

    private static final java.nio.file.Path CONTRACT =
            java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml");

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
    }

    @Test
    void servesTheContractAsWritten() throws IOException {
        JsonNode served = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode written = contract();
        assertThat(served.get("paths")).isEqualTo(written.get("paths"));
        assertThat(served.get("components")).isEqualTo(written.get("components"));
        assertThat(served.get("info")).isEqualTo(written.get("info"));
    }

    /** Rate limits and the HTTP-layer guards answer before any operation runs, so every operation declares them. */
    @Test
    void everyOperationDeclaresTheAnswersAnyRequestCanGet() throws IOException {
        List<String> missing = new java.util.ArrayList<>();
        JsonNode paths = contract().get("paths");
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    JsonNode responses = operation.getValue().get("responses");
                    if (responses == null) {
                        return; // a path-level entry such as "parameters"
                    }
                    for (String status : List.of("429", "431", "500")) {
                        if (!responses.has(status)) {
                            missing.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()
                                    + " " + status);
                        }
                    }
                }));
        assertThat(missing).isEmpty();
    }

    @Test
    void implementsExactlyTheDocumentedOperations() throws IOException {
        Set<String> documented = new TreeSet<>();
        JsonNode paths = contract().get("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            for (Iterator<String> methods = paths.get(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "patch", "delete").contains(method)) {
                    documented.add(method.toUpperCase() + " " + normalise(path));
                }
            }
        }
        assertThat(implemented()).isEqualTo(documented);
    }

    private static Set<String> implemented() {
        Set<String> operations = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetperf")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            String base = resource.getAnnotation(Path.class).value();
            // Public methods, inherited ones included: resource methods are public, and a resource may inherit
            // them (the recorded-run resources share list and get through RecordedRunResource).
            for (Method method : resource.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(http.value() + " "
                                + rowIdNamed(normalise(base + (sub == null ? "" : "/" + sub.value()))));
                    }
                }
            }
        }
        return operations;
    }

    /** Slashes as the contract writes them; the path parameters keep their names, which must match too. */
    private static String normalise(String path) {
        return ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
    }

    /**
     * The row blocks of a table share TableRowResource's methods, whose row parameter is {@code {rowId}}: under
     * {@code …/tasks} it stands for the contract's {@code {taskId}}, under {@code …/indicators} for
     * {@code {indicatorId}}.
     */
    private static String rowIdNamed(String path) {
        return path.replaceAll("/([a-z]+)s/\\{rowId}", "/$1s/{$1Id}");
    }

    /**
     * One name for one kind of id: the parameter after a collection is named the same under every path (the table
     * is {@code {budgetId}} under {@code /budgets/…} whether the path goes on to its tasks, its runs or its
     * revisions), so a client can build every URL of a table from the same variable.
     */
    @Test
    void namesEveryPathParameterTheSameUnderEveryPath() throws IOException {
        java.util.Map<String, Set<String>> names = new java.util.TreeMap<>();
        java.util.regex.Pattern parameter = java.util.regex.Pattern.compile("/([^/{}]+)/\\{([^}]+)}");
        for (Iterator<String> it = contract().get("paths").fieldNames(); it.hasNext(); ) {
            java.util.regex.Matcher m = parameter.matcher(it.next());
            while (m.find()) {
                names.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertThat(names)
                .containsEntry("budgets", Set.of("budgetId"))
                .containsEntry("departments", Set.of("departmentId"))
                .containsEntry("tasks", Set.of("taskId"))
                .containsEntry("indicators", Set.of("indicatorId"))
                .allSatisfy((collection, named) -> assertThat(named)
                        .as("the parameter after /%s/", collection)
                        .hasSize(1));
    }
}
