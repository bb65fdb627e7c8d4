#!/usr/bin/env python3
"""Turns PostgreSQL's statement log (log_statement = 'all') into a pgbench script.

Reads log text on stdin; keeps the statements the service executed in DATABASE (extended protocol:
"execute <name>: SQL" followed by "DETAIL:  parameters: $1 = '…'"), puts the logged parameter values in
place of $1, $2, … and prints one statement per line, each ending in a semicolon. The driver opens a
transaction without a logged BEGIN, so a connection's statements up to its logged COMMIT are framed as one
transaction; statements of a connection that logs no COMMIT ran on their own (autocommit) and stay unframed.
A replayed INSERT must not collide with the row it copies, so its generated keys are made fresh: an `id` or
`public_id` value becomes gen_random_uuid(), and the change feed's `seq` the counter value the transaction's own
UPDATE ... RETURNING has just taken (as the service does).

Statements the service issues on its own while idle (the webhook dispatcher's and the feed's polls) are not the
request's: given a second excerpt of the log taken while no request ran, every statement whose shape (literals
blanked) also appears there is left out, and so is a transaction left empty by that; statements a pooled connection
ran before such a poll began on it are not framed by the poll's COMMIT.

Usage: captured-sql.py DATABASE [IDLE-EXCERPT] < log-excerpt > script.sql
"""
import re
import sys

database = sys.argv[1]
idle_file = sys.argv[2] if len(sys.argv) > 2 else None
record_start = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*)@(\S*) (\w+):  (.*)$")
parameter = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")

def shape(sql):
    return re.sub(r"'(?:[^']|'')*'", "?", sql)


def statements_of(text, idle=frozenset()):
    """The statements of DATABASE in a log excerpt, framed as above, without those whose shape is in `idle`."""
    records = []  # (pid, database, level, message)
    for line in text.splitlines():
        m = record_start.match(line)
        if m:
            records.append([m.group(1), m.group(3), m.group(4), m.group(5)])
        elif records and line.startswith("\t"):
            records[-1][3] += " " + line.strip()

    def fresh_keys(sql):
        """An INSERT with its generated key columns given fresh values; other statements unchanged."""
        m = re.match(r"(?is)^insert into (\w+)\s*\(([^)]*)\)\s*values\s*\((.*)\)(\s*returning .*)?$", sql)
        if not m:
            return sql
        table, columns = m.group(1), [c.strip() for c in m.group(2).split(",")]
        values, current, quoted, i, text = [], "", False, 0, m.group(3)
        while i < len(text):
            c = text[i]
            if c == "'" and quoted and i + 1 < len(text) and text[i + 1] == "'":
                current += "''"
                i += 2
                continue
            if c == "'":
                quoted = not quoted
            if c == "," and not quoted:
                values.append(current.strip())
                current = ""
            else:
                current += c
            i += 1
        values.append(current.strip())
        if len(values) != len(columns):
            return sql
        for k, column in enumerate(columns):
            if column in ("id", "public_id"):
                values[k] = "gen_random_uuid()"
            elif column == "seq" and table == "change_event":
                values[k] = "(SELECT last_seq FROM event_counter WHERE id = 1)"
        return "insert into %s (%s) values (%s)%s" % (table, ",".join(columns), ",".join(values), m.group(4) or "")


    # Framed per backend: another connection's COMMIT (a poll of the service's own, logged in between) must not
    # frame this connection's statement, which may have run on its own (autocommit, no transaction at all).
    statements, pending = [], {}
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
        sql = fresh_keys(" ".join(sql.split()).rstrip(";"))
        transaction = pending.setdefault(pid, [])
        if sql.upper() in ("COMMIT", "ROLLBACK"):
            # A pooled connection serves the request and, right after, one of the service's own polls: statements
            # before the poll's first statement ran on their own (autocommit) and are not part of its transaction.
            first_idle = next((k for k, x in enumerate(transaction) if shape(x) in idle), None)
            if first_idle is not None:
                statements += transaction[:first_idle]
                transaction[:] = [x for x in transaction[first_idle:] if shape(x) not in idle]
            statements += ["BEGIN;"] + transaction + [sql + ";"] if transaction else []
            transaction.clear()
        else:
            transaction.append(sql + ";")
    for transaction in pending.values():
        statements += [x for x in transaction if shape(x) not in idle]
    return statements


statements_in_idle = statements_of(open(idle_file, encoding="utf-8").read()) if idle_file else []
statements = statements_of(sys.stdin.read(), frozenset(shape(x) for x in statements_in_idle))
if not statements:
    sys.exit("no statement of database " + database + " in the log excerpt")
print("\n".join(statements))
