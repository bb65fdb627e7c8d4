/**
 * Reference data for forms and help texts: every field of the table document and of the evaluation inputs with its
 * caption on the official form ({@link org.budgetperf.reference.FieldCatalogue}), every rule the service applies
 * ({@link org.budgetperf.reference.RuleCatalogue}, the same catalogue docs/rules.md lists), and every stable code a
 * client switches on ({@link org.budgetperf.reference.CodeCatalogue}), served at {@code /api/v1/reference/…}.
 *
 * <p>A leaf: it reads the feature packages' enums and rule-set versions, and nothing depends on it. The texts live in
 * {@code src/main/resources/reference/*.yaml}; the tests tie them to the code, the contract, the exported forms and
 * docs/rules.md.
 */
package org.budgetperf.reference;
