#!/usr/bin/env python3
"""Runs `jixiao score … --format xlsx` and reads the workbook back with openpyxl, an independent
reader: the workbook must match its golden dump, and must hold together on its own.

Usage: check_report.py JIXIAO EXPECTED_EXIT OUT.xlsx GOLDEN.txt -- SCORE_ARGUMENTS…
Runs JIXIAO score SCORE_ARGUMENTS… --format xlsx -o OUT.xlsx (in the current directory), expects
EXPECTED_EXIT, then
- dumps every sheet as text (frozen panes, filter, merged ranges; each cell that holds something:
  its type, value, number format, the cached result of a formula, the target of a link) and
  compares the dump with GOLDEN.txt; with JIXIAO_UPDATE_GOLDEN=1 it rewrites GOLDEN.txt instead;
- checks, whatever the golden says: every formula has a cached result, and that result is what
  the formula gives (SUM of cells and ranges, and references to other sheets, evaluated here
  from the cached values); cells covered by a merged range are empty; every link leads to a
  sheet of the workbook.
Without python3-openpyxl it prints "SKIPPED:" and exits 0 (ctest then marks the test skipped).
"""
import difflib
import os
import re
import subprocess
import sys

try:
    import openpyxl
    from openpyxl.utils.cell import range_boundaries
except ImportError:
    print("SKIPPED: python3-openpyxl missing (tools/setup-deps installs it)")
    sys.exit(0)

TOLERANCE = 1e-9


def run_jixiao(exe, expected_exit, out, args):
    if os.path.exists(out):
        os.remove(out)
    done = subprocess.run([exe] + args + ["--format", "xlsx", "-o", out],
                          capture_output=True, text=True)
    if done.returncode != expected_exit:
        sys.exit("jixiao exited with %d, expected %d\n%s" %
                 (done.returncode, expected_exit, done.stderr))


def shown(value):
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    return repr(value)


def dump(formulas, values):
    lines = []
    for ws in formulas.worksheets:
        lines.append("== %s" % ws.title)
        if ws.freeze_panes:
            lines.append("freeze %s" % ws.freeze_panes)
        if ws.auto_filter.ref:
            lines.append("filter %s" % ws.auto_filter.ref)
        merged = sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col))
        if merged:
            lines.append("merged " + " ".join(r.coord for r in merged))
        cached = values[ws.title]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                line = "%s %s %s" % (cell.coordinate, cell.data_type, shown(cell.value))
                if cell.data_type == "f":
                    line += " -> %s" % shown(cached[cell.coordinate].value)
                if cell.number_format != "General":
                    line += " [%s]" % cell.number_format
                if cell.hyperlink is not None:
                    line += " link %s" % cell.hyperlink.location
                lines.append(line)
    return "\n".join(lines) + "\n"


REFERENCE = re.compile(r"^(?:'((?:[^']|'')+)'!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$")


def cells_of(reference, sheet, values):
    """The cached values of the cells a reference (A1, G8:G20, 'Sheet'!A1) names."""
    match = REFERENCE.match(reference)
    if not match:
        raise ValueError("cannot evaluate reference %r" % reference)
    title = match.group(1).replace("''", "'") if match.group(1) else sheet
    ws = values[title]
    last = (match.group(4) or match.group(2)) + (match.group(5) or match.group(3))
    min_col, min_row, max_col, max_row = range_boundaries(match.group(2) + match.group(3) +
                                                          ":" + last)
    return [ws.cell(row=r, column=c).value for r in range(min_row, max_row + 1)
            for c in range(min_col, max_col + 1)]


def evaluate(formula, sheet, values):
    body = formula[1:]
    match = re.match(r"^SUM\((.*)\)$", body)
    if match:
        total = 0.0
        for argument in match.group(1).split(","):
            total += sum(v for v in cells_of(argument, sheet, values)
                         if isinstance(v, (int, float)) and not isinstance(v, bool))
        return total
    found = cells_of(body, sheet, values)
    if len(found) != 1:
        raise ValueError("cannot evaluate %r" % formula)
    return found[0]


def check(formulas, values):
    problems = []
    for ws in formulas.worksheets:
        cached = values[ws.title]
        for row in ws.iter_rows():
            for cell in row:
                where = "%s!%s" % (ws.title, cell.coordinate)
                if cell.data_type == "f":
                    result = cached[cell.coordinate].value
                    if result is None:
                        problems.append("%s: formula %s has no cached result" % (where, cell.value))
                        continue
                    try:
                        expected = evaluate(cell.value, ws.title, values)
                    except (ValueError, KeyError) as error:
                        problems.append("%s: %s" % (where, error))
                        continue
                    if not isinstance(expected, (int, float)) or abs(expected - result) > TOLERANCE:
                        problems.append("%s: %s gives %r, but the cached result is %r" %
                                        (where, cell.value, expected, result))
                if cell.hyperlink is not None:
                    target = cell.hyperlink.location or ""
                    title = re.sub(r"^'(.*)'!.*$", r"\1", target).replace("''", "'")
                    if title not in formulas.sheetnames:
                        problems.append("%s: link to %r, which is no sheet" % (where, target))
        for merged in ws.merged_cells.ranges:
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    if (r, c) != (merged.min_row, merged.min_col) and \
                            ws.cell(row=r, column=c).value is not None:
                        problems.append("%s!%s: a value inside the merged range %s" %
                                        (ws.title, ws.cell(row=r, column=c).coordinate,
                                         merged.coord))
    return problems


def main():
    exe, expected_exit, out, golden = sys.argv[1:5]
    assert sys.argv[5] == "--"
    run_jixiao(exe, int(expected_exit), out, sys.argv[6:])
    formulas = openpyxl.load_workbook(out, data_only=False)
    values = openpyxl.load_workbook(out, data_only=True)
    problems = check(formulas, values)
    text = dump(formulas, values)
    if os.environ.get("JIXIAO_UPDATE_GOLDEN") == "1":
        with open(golden, "w", encoding="utf-8") as f:
            f.write(text)
    elif not os.path.exists(golden):
        problems.append("missing golden file %s (run with JIXIAO_UPDATE_GOLDEN=1)" % golden)
    else:
        with open(golden, encoding="utf-8") as f:
            expected = f.read()
        if text != expected:
            diff = difflib.unified_diff(expected.splitlines(), text.splitlines(), golden,
                                        out, lineterm="")
            problems.append("the workbook differs from its golden dump:\n" + "\n".join(diff))
    if problems:
        sys.exit("\n".join(problems))
    print("%s: %d sheets, checked" % (out, len(formulas.worksheets)))


main()
