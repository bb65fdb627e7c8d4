package org.budgetperf.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeRuleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优", "90.00, 优", "89.99, 良", "80, 良", "79.99, 中", "60.00, 中", "59.99, 差", "0, 差"})
    void gradesTheTotal(String total, String grade) {
        assertThat(GradeRule.grade(new BigDecimal(total))).isEqualTo(grade);
    }
}
