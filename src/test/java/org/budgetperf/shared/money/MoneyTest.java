package org.budgetperf.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.shared.problem.Violation;
import org.budgetperf.shared.problem.ViolationCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "550.51, WAN_YUAN, 5505100.00",
        "10891.615675, WAN_YUAN, 108916156.75",
        "72807.384975, WAN_YUAN, 728073849.75",
        "0.000001, WAN_YUAN, 0.01",
        "632600, YUAN, 632600.00",
        "0, YUAN, 0.00",
        "9999999999999999.99, YUAN, 9999999999999999.99",
    })
    void convertsExactlyIntoYuan(String value, AmountUnit unit, String expected) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal yuan = Money.toYuan(new BigDecimal(value), unit, "f", violations);
        assertThat(violations).isEmpty();
        assertThat(yuan.toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} refused")
    @CsvSource({
        "-0.01, YUAN, NEGATIVE_AMOUNT, must not be negative",
        "0.001, YUAN, FINER_THAN_FEN, more than 2 decimals",
        "0.0000001, WAN_YUAN, FINER_THAN_FEN, finer than 1 分",
        "10000000000000000.00, YUAN, AMOUNT_TOO_LARGE, too large",
        "1000000000000, WAN_YUAN, AMOUNT_TOO_LARGE, too large",
    })
    void refusesWhatCannotBeStoredExactly(String value, AmountUnit unit, ViolationCode code, String message) {
        List<Violation> violations = new ArrayList<>();
        assertThat(Money.toYuan(new BigDecimal(value), unit, "amounts.x", violations))
                .isNull();
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("amounts.x");
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.message().english()).contains(message);
        });
    }

    @ParameterizedTest
    @CsvSource(
            value = {"null, null, null", "1.00, null, 1.00", "1.00, 2.50, 3.50"},
            nullValues = "null")
    void sumsOnlyWhatIsFilled(String a, String b, String expected) {
        BigDecimal sum = Money.sumOfPresent(a == null ? null : new BigDecimal(a), b == null ? null : new BigDecimal(b));
        assertThat(sum == null ? null : sum.toPlainString()).isEqualTo(expected);
    }
}
