package org.budgetperf.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetperf.shared.domain.StorableText;
import org.budgetperf.shared.problem.Messages;
import org.budgetperf.shared.problem.ProblemCode;
import org.budgetperf.shared.problem.ProblemException;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and what their token lets them see. Department editors are bound to department codes
 * by a token claim; the finance bureau, administrators and integrating readers see every table.
 */
@RequestScoped
public class Caller {

    /** The audit trail's actor column. */
    private static final int MAX_SUBJECT_LENGTH = 200;

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String departmentClaim;
    private String system;

    public Caller(SecurityIdentity identity, JsonWebToken token, SecurityConfig settings) {
        this.identity = identity;
        this.token = token;
        this.departmentClaim = settings.departmentClaim();
    }

    /**
     * Marks this request context as the service's own work (e.g. loading sample data at start): no
     * token exists, every table is in reach, and the audit trail records {@code system:<name>}.
     * Reachable only from code, never from a request.
     */
    public void actAsSystem(String name) {
        this.system = "system:" + name;
    }

    /** The token subject, recorded in the audit trail; "anonymous" never reaches a write. */
    public String subject() {
        if (system != null) {
            return system;
        }
        String subject = token == null ? null : token.getSubject();
        if (subject == null && !identity.isAnonymous()) {
            subject = identity.getPrincipal().getName();
        }
        if (subject != null && (!StorableText.storable(subject) || subject.length() > MAX_SUBJECT_LENGTH)) {
            // The audit trail records the subject; one it cannot store is a token no identity provider should issue.
            throw new ProblemException(
                    ProblemCode.UNAUTHENTICATED,
                    Messages.TOKEN_SUBJECT_UNRECORDABLE.of(),
                    List.of(Violation.header(
                            "Authorization", ViolationCode.INVALID_VALUE, Messages.SUBJECT_UNRECORDABLE.of())),
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        return subject == null ? "anonymous" : subject;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The roles of the service the token grants, in the order of {@link Roles#ALL}; other groups are not roles here. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(this::hasRole).toList();
    }

    /** A name to greet the caller by: the token's {@code name}, else its {@code preferred_username}; null when neither. */
    public String displayName() {
        for (String claim : List.of("name", "preferred_username")) {
            Object value = token == null ? null : token.getClaim(claim);
            String text = value instanceof jakarta.json.JsonString s
                    ? s.getString()
                    : value == null ? null : value.toString();
            if (text != null && !text.isBlank() && StorableText.storable(text) && text.length() <= MAX_SUBJECT_LENGTH) {
                return text;
            }
        }
        return null;
    }

    /** Whether the caller may read every department's tables. */
    public boolean readsAllTables() {
        return system != null || hasRole(Roles.FINANCE_REVIEWER) || hasRole(Roles.ADMIN) || hasRole(Roles.READER);
    }

    /** Department codes the caller edits (empty unless a department editor). */
    public Set<String> editedDepartments() {
        if (!hasRole(Roles.DEPARTMENT_EDITOR) || token == null) {
            return Set.of();
        }
        // Only a JSON array of strings binds departments. A plain string ("A,B") is not split into a list: a token
        // that says something other than what the contract documents grants nothing rather than a guess.
        Object claim = token.getClaim(departmentClaim);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> {
                if (v instanceof jakarta.json.JsonString s) {
                    codes.add(s.getString());
                }
            });
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> {
                if (v instanceof String s) {
                    codes.add(s);
                } else if (v instanceof jakarta.json.JsonString s) {
                    codes.add(s.getString());
                }
            });
        }
        codes.removeIf(String::isBlank);
        return codes;
    }

    /**
     * The edited department codes as a parameter of an SQL {@code IN} list, which must not be empty: a
     * caller editing no department gets a code no department has.
     */
    public Set<String> editedDepartmentsForQuery() {
        Set<String> codes = editedDepartments();
        return codes.isEmpty() ? Set.of("") : codes;
    }

    public boolean edits(String departmentCode) {
        return system != null || editedDepartments().contains(departmentCode);
    }

    /** Whether the caller may see the tables of this department at all. */
    public boolean sees(String departmentCode) {
        return readsAllTables() || edits(departmentCode);
    }
}
