#!/usr/bin/env python3
"""Writes a table a tool measured into the docs, so that no figure there is copied by hand.

    write-table.py NAME FILE < table.md

The table (Markdown, from stdin) replaces what stands between the markers
`<!-- table NAME: ... -->` and `<!-- end of table NAME -->` in FILE, and is kept as the run's
record in target/tables/NAME.md; tests/docs_tables.rs fails when a docs table differs from the
last record on the machine (a table edited by hand, or a run whose docs change was not kept).
"""
import os
import re
import sys


def main(name, path):
    table = sys.stdin.read().strip("\n") + "\n"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(path, encoding="utf-8") as f:
        text = f.read()
    pattern = re.compile(
        r"(<!-- table " + re.escape(name) + r":[^\n]*-->\n)(.*?)(<!-- end of table "
        + re.escape(name) + r" -->)",
        re.S,
    )
    if not pattern.search(text):
        sys.exit(f"write-table: {path} has no '<!-- table {name}: ... -->' and "
                 f"'<!-- end of table {name} -->' markers")
    text = pattern.sub(lambda m: m.group(1) + table + m.group(3), text, count=1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    records = os.path.join(root, "target", "tables")
    os.makedirs(records, exist_ok=True)
    with open(os.path.join(records, name + ".md"), "w", encoding="utf-8") as f:
        f.write(table)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: write-table.py NAME FILE < table.md")
    main(sys.argv[1], sys.argv[2])
