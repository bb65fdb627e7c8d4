package org.budgetperf.exchange.table;

import org.budgetperf.exchange.sheet.ImportFindings;

/**
 * A reader of one block of the form that finds its cells through the outline of printed labels and reports what it
 * did to the sheet's findings: the header, the amounts, the goal and the task blocks.
 */
abstract class OutlineBlockReader {

    final FormOutline outline;
    final ImportFindings findings;

    OutlineBlockReader(FormOutline outline, ImportFindings findings) {
        this.outline = outline;
        this.findings = findings;
    }
}
