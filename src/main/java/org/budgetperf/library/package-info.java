/**
 * The indicator library (指标库): the indicators of every table the caller may see, searched by name with trigram
 * similarity (PostgreSQL {@code pg_trgm}), filtered and counted by 二级 and unit, each with where it comes from and,
 * once evaluated, what was achieved; and suggestions from it while a table is edited. A workflow: it reads tables,
 * indicators and recorded self-evaluations, and writes nothing but the parsed-target backfill.
 */
package org.budgetperf.library;
