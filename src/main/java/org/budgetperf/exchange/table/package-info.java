/**
 * Import of the 部门整体预算绩效目标表 in its official layout, from tab-separated text
 * ({@link org.budgetperf.exchange.table.TabSeparatedTableReader}) and from xlsx
 * ({@link org.budgetperf.exchange.table.XlsxTableReader}), into a
 * {@link org.budgetperf.budget.domain.TargetTable} and an import report
 * ({@link org.budgetperf.exchange.table.ImportResult}); and export back into the same layout
 * ({@link org.budgetperf.exchange.table.XlsxTableWriter}, {@link org.budgetperf.exchange.table.TabSeparatedTableWriter}),
 * which the readers read back to an equal table.
 *
 * <h2>Export</h2>
 * Both writers render one layout description ({@link org.budgetperf.exchange.table.OfficialLayout}, its 绩效指标 block
 * {@link org.budgetperf.exchange.table.IndicatorBlockLayout}) built from the readers' label spellings
 * ({@link org.budgetperf.exchange.table.FormLabel}). Amounts are exact in their caption's unit (xlsx: numeric cells
 * when a double holds them exactly with at most 15 digits, else text cells); user text is always a quote-prefixed
 * string cell, never a formula. Decisions, what the format cannot carry, and timings: {@code docs/export.md}.
 *
 * <h2>How</h2>
 * Each reader only turns its file into a grid of cells with locations ({@link org.budgetperf.exchange.sheet}); one
 * interpreter ({@link org.budgetperf.exchange.table.OfficialLayoutInterpreter}) reads the grid block by block by the
 * printed labels of the form (normalised: no white space or line breaks, half-width parentheses, no trailing colon)
 * and by the names of the indicator framework, never by column number, because copied text loses leading empty cells
 * and other departments move columns around. Domain background: {@code docs/domain.md} §1, §2 and §6 of the shared
 * documentation.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Amounts become exact 元 with 2 decimals. The unit (万元 or 元) is read from the captions
 *       ({@code 预算金额(万元)}, {@code 拟投入的资金(元)}); 6 decimals of 万元 are 分. Float noise of
 *       xlsx doubles is rounded to 分 and reported; anything finer than 分 that is not noise is rounded
 *       half-up with a warning. Blank stays null, never 0; a dash ({@code —}) counts as blank.</li>
 *   <li>Target values are kept as written. An xlsx number is taken as the spreadsheet displays it:
 *       15 significant digits, and with the percentage applied when the cell is formatted as a
 *       percentage ({@code 1} in a {@code 0%} cell becomes {@code "100%"}), because that is what the
 *       department saw and signed; both are reported. Variant operators ({@code ≧}) and values that
 *       are no target ({@code 根据下达任务目标要求确定}) are kept and reported, not rewritten.</li>
 *   <li>Two value columns (实施周期指标值, 年度指标值) fill periodValue and annualValue; one (指标值) fills
 *       annualValue only. The implementation period stays null unless the file states it (a
 *       实施周期 field, or a caption such as {@code 实施周期指标值(2024-2026年)}).</li>
 *   <li>A goal that is already HTML is kept as written (it must be sanitised by the service before it
 *       is stored or shown; this package has no HTML sanitiser); plain text becomes one escaped
 *       {@code <p>} per line.</li>
 *   <li>(一级, 二级) pairs outside the framework are kept and reported; only a missing 一级 or 二级 is
 *       inferred from the framework; placeholder rows are ignored.</li>
 *   <li>Formulas are never evaluated; cached values are read and reported.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * A file that is not such a table, not readable, encrypted, an old .xls, or beyond
 * {@link org.budgetperf.exchange.sheet.ImportLimits} is a {@link org.budgetperf.exchange.sheet.TableImportException}
 * with a {@link org.budgetperf.exchange.sheet.TableImportException.Reason} and a location. Everything inside
 * a readable table is a finding with a stable code ({@link org.budgetperf.exchange.sheet.FindingCodes}).
 */
package org.budgetperf.exchange.table;
