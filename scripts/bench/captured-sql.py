#!/usr/bin/env python3
"""Turns PostgreSQL's statement log (log_statement = 'all') into a pgbench script.

Reads log text on stdin; keeps the statements the service executed in DATABASE (extended protocol:
"execute <name>: SQL" followed by "DETAIL:  parameters: $1 = '…'"), puts the logged parameter values in
place of $1, $2, … and prints one statement per line, each ending in a semicolon. The driver opens a
transaction without a logged BEGIN, so the statements up to a logged COMMIT are framed as one transaction.

Usage: captured-sql.py DATABASE < log-excerpt > script.sql
"""
import re
import sys

database = sys.argv[1]
record_start = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*)@(\S*) (\w+):  (.*)$")
parameter = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")

records = []  # (pid, database, level, message)
for line in sys.stdin.read().splitlines():
    m = record_start.match(line)
    if m:
        records.append([m.group(1), m.group(3), m.group(4), m.group(5)])
    elif records and line.startswith("\t"):
        records[-1][3] += " " + line.strip()

statements, transaction = [], []
for i, (pid, db, level, message) in enumerate(records):
    if db != database or level != "LOG" or not message.startswith("execute "):
        continue
    sql = message.split(": ", 1)[1].strip()
    values = {}
    for later in records[i + 1 : i + 3]:
        if later[0] == pid and later[2] == "DETAIL" and later[3].startswith("parameters: "):
            values = {int(n): v for n, v in parameter.findall(later[3])}
            break
    for n in sorted(values, reverse=True):
        sql = re.sub(r"\$" + str(n) + r"(?!\d)", lambda _: values[n], sql)
    sql = " ".join(sql.split()).rstrip(";")
    if sql.upper() in ("COMMIT", "ROLLBACK"):
        statements += ["BEGIN;"] + transaction + [sql + ";"] if transaction else []
        transaction = []
    else:
        transaction.append(sql + ";")
statements += transaction

if not statements:
    sys.exit("no statement of database " + database + " in the log excerpt")
print("\n".join(statements))
