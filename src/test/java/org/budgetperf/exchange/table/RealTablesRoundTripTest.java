package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.support.RealData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three real tables survive export: read → write → read gives the same TargetTable, field by field,
 * in either format and across formats.
 */
class RealTablesRoundTripTest {

    static Stream<Arguments> realTables() {
        return Stream.of(
                Arguments.of(
                        RealData.DONGGUAN_2024,
                        Exports.readText(RealData.text(RealData.DONGGUAN_2024), RealTables.GUANGDONG)
                                .table()),
                Arguments.of(
                        RealData.ZHANJIANG_2023,
                        Exports.readXlsx(RealData.bytes(RealData.ZHANJIANG_2023), RealTables.GUANGDONG)
                                .table()),
                Arguments.of(
                        RealData.ZHANJIANG_2024,
                        Exports.readXlsx(RealData.bytes(RealData.ZHANJIANG_2024), RealTables.GUANGDONG)
                                .table()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realTables")
    void survivesTheXlsxExport(String file, TargetTable imported) {
        assertThat(Exports.viaXlsx(imported, RealTables.GUANGDONG))
                .usingRecursiveComparison()
                .isEqualTo(Exports.asPrinted(imported));
        assertThat(Exports.viaXlsx(imported, RealTables.GUANGDONG)).isEqualTo(Exports.asPrinted(imported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realTables")
    void survivesTheTextExport(String file, TargetTable imported) {
        assertThat(Exports.viaText(imported, RealTables.GUANGDONG))
                .usingRecursiveComparison()
                .isEqualTo(Exports.asPrinted(imported));
        assertThat(Exports.viaText(imported, RealTables.GUANGDONG)).isEqualTo(Exports.asPrinted(imported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realTables")
    void survivesXlsxToTextToXlsx(String file, TargetTable imported) {
        TargetTable fromXlsx = Exports.viaXlsx(imported, RealTables.GUANGDONG);
        TargetTable throughText = Exports.viaText(fromXlsx, RealTables.GUANGDONG);
        TargetTable backInXlsx = Exports.viaXlsx(throughText, RealTables.GUANGDONG);
        assertThat(backInXlsx).isEqualTo(Exports.asPrinted(imported));
    }
}
