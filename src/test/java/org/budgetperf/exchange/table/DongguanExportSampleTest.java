package org.budgetperf.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.budgetperf.budget.domain.TargetTable;
import org.budgetperf.support.RealData;
import org.junit.jupiter.api.Test;

/**
 * Writes the Dongguan 2024 reference table, imported from the real text, as xlsx and text into
 * {@code target/exports/} (or the folder named by {@code -Dexport.dir=…}), for a person to look at and for
 * {@code scripts/render-export.sh} to render: {@code ./mvnw -q test -Dtest=DongguanExportSampleTest -Dexport.dir=/tmp}.
 */
class DongguanExportSampleTest {

    @Test
    void writesTheDongguanTableInBothFormats() throws IOException {
        TargetTable table = Exports.readText(RealData.text(RealData.DONGGUAN_2024), RealTables.GUANGDONG)
                .table();
        Path dir = Paths.get(System.getProperty("export.dir", "target/exports"));
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("dongguan-2024.xlsx");
        Path text = dir.resolve("dongguan-2024.txt");
        Files.write(xlsx, Exports.xlsx(table, RealTables.GUANGDONG));
        Files.writeString(text, Exports.text(table, RealTables.GUANGDONG), StandardCharsets.UTF_8);

        assertThat(Exports.readXlsx(Files.readAllBytes(xlsx), RealTables.GUANGDONG)
                        .table())
                .isEqualTo(Exports.asPrinted(table));
        assertThat(Exports.readText(Files.readString(text, StandardCharsets.UTF_8), RealTables.GUANGDONG)
                        .table())
                .isEqualTo(Exports.asPrinted(table));
    }
}
