/**
 * The plumbing both forms share: files become a {@link org.budgetperf.exchange.sheet.Grid} of located
 * {@link org.budgetperf.exchange.sheet.Cell}s, read under the same limits, with the same findings.
 *
 * <h2>Files to grids</h2>
 * An xlsx workbook is opened defensively ({@link org.budgetperf.exchange.sheet.XlsxWorkbook}): the upload is capped
 * and opened from a temporary file, zip bombs are refused, sheets are streamed with POI's hardened SAX parser
 * ({@code XlsxSheetGrid}, numbers as the spreadsheet displays them plus the exact stored number), formulas are never
 * evaluated, and encrypted workbooks and old .xls files are refused. Text is decoded strictly
 * ({@link org.budgetperf.exchange.sheet.TextDecoding}: UTF-8, UTF-16 with a byte order mark, recognisable GB18030) and
 * split into cells as spreadsheets quote them ({@link org.budgetperf.exchange.sheet.TabSeparatedGrid}), undoing the
 * apostrophe our own export puts before formula-like text ({@link org.budgetperf.exchange.sheet.FormulaEscape}).
 *
 * <h2>Reading cells</h2>
 * Labels are compared normalised ({@link org.budgetperf.exchange.sheet.LabelText}: no white space or line breaks,
 * half-width parentheses, no trailing colon). Money becomes exact 元 with 2 decimals
 * ({@link org.budgetperf.exchange.sheet.MoneyReader}): the unit (万元 or 元, {@link org.budgetperf.exchange.sheet.FormUnits})
 * is read from the captions, 6 decimals of 万元 are 分, float noise of xlsx doubles is rounded to 分 and reported,
 * anything finer than 分 that is not noise is rounded half-up with a warning; blank stays null, never 0, and a dash
 * counts as blank. Head counts and weights: {@link org.budgetperf.exchange.sheet.NumberReader}.
 *
 * <h2>Findings and refusals</h2>
 * Everything a reader interprets inside a readable file is an {@link org.budgetperf.exchange.sheet.ImportFinding}
 * with a {@link org.budgetperf.exchange.sheet.FindingSeverity}, a location and a stable code
 * ({@link org.budgetperf.exchange.sheet.FindingCodes}), collected by {@link org.budgetperf.exchange.sheet.ImportFindings}
 * in English and Chinese. A file that is not such a form, not readable, encrypted, an old .xls, or beyond
 * {@link org.budgetperf.exchange.sheet.ImportLimits} is a {@link org.budgetperf.exchange.sheet.TableImportException}
 * with a {@link org.budgetperf.exchange.sheet.TableImportException.Reason} and a location.
 *
 * <p>Writers share the cell styles of the printed forms ({@link org.budgetperf.exchange.sheet.XlsxStyles}). This
 * package knows neither form.
 */
package org.budgetperf.exchange.sheet;
