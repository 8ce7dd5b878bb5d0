#!/usr/bin/env python3
"""Converts the transcribed reference tables into jixiao's YAML project data (the examples).

Provenance only: the generated files are committed, and CI does not run this script. Python 3
standard library only.

    python3 tools/convert_reference.py [--reference DIR] [--out DIR]

Reads (from --reference, default /work/shared/reference):
  beijing_2020_dev.json   13 Beijing 项目支出绩效自评表 and the 部门评价 conclusion table
  shenzhen_2019_dev.json  the Shenzhen 自评价评分表 of 扶贫协作和合作交流行政经费
Writes (under --out, default examples/ of this repository):
  beijing_2020/projects.yaml     against indicators/sets/beijing_2020.yaml
  shenzhen_2019/project.yaml     against indicators/sets/shenzhen_2019.yaml
  department_2020/project.yaml   against indicators/sets/department_evaluation_2020.yaml

How the Beijing rows are entered (see docs/data-format.md):
  - text (qualitative) targets are judged under the Beijing template (M14 人工评分): the
    published score is entered as `score:`;
  - numeric targets (numbers, amounts, percentages, deadlines) get no score: jixiao computes it
    (M2 正向比例; M3 R1 for ceilings: 成本指标, ≤ targets, deadlines);
  - a numeric row whose published score departs from that rule and carries a 偏差原因 note is
    entered with `override:` (the unit's own figure) and the note;
  - a numeric row whose published score departs with no note is NOT overridden: jixiao computes
    its own figure and reports the difference. The script prints these rows; they are the
    known published errors listed in tests/engine/reference_test.cc.
"""

import argparse
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

CENTRAL_LEVEL1 = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
LEVEL1_ORDER = ["产出指标", "效益指标", "满意度指标"]


# ---------------------------------------------------------------------------------------------
# YAML output


YAML_SPECIAL_START = tuple("-?:,[]{}#&*!|>'\"%@`")
YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}


def q(value):
    """A YAML scalar: plain when that is unambiguous, else double-quoted (JSON escaping)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return num(value)
    s = str(value)
    plain = (
        s != ""
        and s == s.strip()
        and not s.startswith(YAML_SPECIAL_START)
        and not any(c in s for c in ':,#[]{}"\'\n\t')
        and s.lower() not in YAML_WORDS
        and not re.fullmatch(r"[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?", s)
    )
    return s if plain else json.dumps(s, ensure_ascii=False)


def num(x):
    """A number as the table prints it: no trailing zeros beyond what the value needs."""
    if isinstance(x, bool):
        raise TypeError(x)
    if isinstance(x, int) or (isinstance(x, float) and x.is_integer()):
        return str(int(x))
    return repr(float(x))


def num2(x):
    """A published figure with its two printed decimals (89.10)."""
    return f"{x:.2f}"


class Writer:
    def __init__(self):
        self.lines = []

    def line(self, text=""):
        self.lines.append(text)

    def text(self):
        return "\n".join(self.lines) + "\n"


def comment_lines(text, indent):
    return [f"{indent}# {part}" for part in text.split("\n")]


# ---------------------------------------------------------------------------------------------
# A small model of how jixiao reads a cell and scores a numeric row (docs/template-format.md),
# used only to decide where a published score departs from the rule.

DEADLINE_RE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]+)月(份)?(\d{1,2}[日号])?(月底|月末|底|末|之前|以前|前|之内|以内|内)*")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def classify(cell):
    """('empty'|'deadline'|'number'|'text', number, comparator)."""
    s = re.sub(r"\s+", "", cell or "")
    if not s:
        return ("empty", None, None)
    m = DEADLINE_RE.search(s)
    if m and (m.group(3) or m.group(4)) and not re.search(r"\d", s[m.end():]):
        return ("deadline", None, "≤")
    numbers = NUMBER_RE.findall(s)
    if len(numbers) != 1:
        return ("text", None, None)
    value = float(numbers[0].replace(",", ""))
    comparator = None
    if re.search(r"≥|>=|不低于|不少于|以上", s):
        comparator = "≥"
    elif re.search(r"≤|<=|不超过|不高于|控制在|以内|之内", s):
        comparator = "≤"
    return ("number", value, comparator)


def half_up(x, places=2):
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def rule_score(level2, target, actual, points):
    """The Beijing template's computed score of a numeric row, or None for judged rows."""
    kind_a, a, cmp_a = classify(target)
    kind_b, b, _ = classify(actual)
    if kind_a == "text":
        return None
    if kind_a == "deadline":
        # Every deadline of the transcribed tables is met as written (12月底前完成 → 12月底前完成).
        return float(points) if kind_b == "deadline" else None
    if kind_b != "number":
        return None
    reverse = level2 == "成本指标" or cmp_a == "≤"
    if reverse:
        raw = points if b <= a else points * a / b  # M3 R1
    else:
        raw = points if b >= a else points * b / a  # M2
    return half_up(raw)


# ---------------------------------------------------------------------------------------------
# Beijing 2020


def beijing(data, out_dir):
    w = Writer()
    w.line("# Beijing 2020 project self-evaluations (项目支出绩效自评表), 13 of the 35 tables of")
    w.line(f"# {data['department']} {data['document']}.")
    w.line("# Generated by tools/convert_reference.py from reference/beijing_2020_dev.json; do not edit by")
    w.line("# hand. Template: indicators/sets/beijing_2020.yaml. Money in 万元.")
    w.line("#")
    w.line("# Judged (text-target) rows carry the published score as `score:`; numeric rows carry none")
    w.line("# (jixiao computes them). `published:` is the printed row score, `published_total` the printed")
    w.line("# 总分. Where a numeric row's printed score departs from the rule with a 偏差原因 note, the")
    w.line("# unit's figure is an `override:`; where it departs with no note, the row is left to jixiao")
    w.line("# and the difference is reported (marked “known published error” below).")
    w.line("projects:")
    departures = []
    for p in data["projects"]:
        f = p["funds"]
        w.line(f"  # 第 {p['index']} 张表（源文件第 {p['source_line']} 行）")
        for flag in p.get("flags", []):
            w.lines += comment_lines(f"转录说明：{flag}", "  ")
        w.line(f"  - name: {q(p['name'])}")
        w.line(f"    department: {q(p['competent_department'])}")
        w.line(f"    unit: {q(p['implementing_unit'])}")
        assert f.get("unit", "万元") == "万元", f
        w.line(
            "    budget: {initial: %s, full_year: %s, executed: %s, unit: 万元}"
            % (num(f["annual_budget_initial"]), num(f["annual_budget_full_year"]), num(f["executed"]))
        )
        # The project's split of the level-1 points, when it departs from central 50/30/10.
        level1 = {g: p["level1_max"].get(g, 0) for g in LEVEL1_ORDER}
        assert set(p["level1_max"]) <= set(LEVEL1_ORDER), p["level1_max"]
        if level1 != CENTRAL_LEVEL1:
            moved = ", ".join(f"{g}: {num(level1[g])}" for g in LEVEL1_ORDER if level1[g] != CENTRAL_LEVEL1[g])
            w.line(f"    points: {{{moved}}}")
        assert f["max_score"] + sum(level1.values()) == 100, p["name"]
        for g in LEVEL1_ORDER:  # the rows of each level 1 add up to its points
            assert sum(i["max"] for i in p["indicators"] if i["level1"] == g) == level1[g], (p["name"], g)
        assert half_up(f["score"] + sum(i["score"] for i in p["indicators"])) == p["declared_total"], p["name"]
        w.line(f"    published_total: {num(p['declared_total'])}")
        w.line("    indicators:")
        w.line(f"      - id: budget                     # 预算执行率 {f['execution_rate']}")
        w.line(f"        published: {num(f['score'])}")
        for ind in p["indicators"]:
            group = f"{ind['level1']}/{ind['level2']}"
            flags = list(ind.get("flags", []))
            if "level2_as_printed" in ind:
                flags.insert(0, f"二级指标印为「{ind['level2_as_printed']}」")
            for flag in flags:
                # Deductions are visible in the data itself; the inferred level 1 is said once,
                # on the project.
                if flag in ("score_below_max_no_note", "score_below_max_with_note",
                            "level1_inferred_from_level2"):
                    continue
                w.lines += comment_lines(f"转录说明：{flag}", "      ")
            if ind.get("confidence") != "high":
                w.lines += comment_lines(f"转录可信度低：{ind.get('confidence_reason', '')}", "      ")
            w.line(f"      - group: {q(group)}")
            w.line(f"        name: {q(ind['name'])}")
            w.line(f"        points: {num(ind['max'])}")
            w.line(f"        target: {q(ind['target'])}")
            w.line(f"        actual: {q(ind['actual'])}")
            computed = rule_score(ind["level2"], ind["target"], ind["actual"], ind["max"])
            note = ind.get("deviation_note", "")
            if computed is None:
                w.line(f"        score: {num(ind['score'])}  # 人工评分 (M14)")
            elif abs(computed - ind["score"]) > 0.005:
                departures.append((p["name"], ind["name"], ind["max"], computed, ind["score"], note))
                if note:
                    w.line(
                        f"        override: {num(ind['score'])}   # the rule (M2) gives {computed:.2f}"
                    )
                else:
                    w.line(
                        f"        # known published error: printed {num(ind['score'])} of {num(ind['max'])} with no "
                        f"偏差原因; jixiao computes {computed:.2f}"
                    )
            if note:
                w.line(f"        note: {q(note)}")
            w.line(f"        published: {num(ind['score'])}")
    path = os.path.join(out_dir, "beijing_2020", "projects.yaml")
    write(path, w.text())
    return departures


# ---------------------------------------------------------------------------------------------
# Shenzhen 2019

SHENZHEN_METHODS = {
    "threshold_full_or_zero": "达标全得",
    "linear_deduction": "每降1%扣1%",
    "qualitative_match": "定性匹配",
    "manual": "人工评分",
}


def shenzhen(data, out_dir):
    (p,) = data["projects"]
    info = p["basic_info"]
    w = Writer()
    w.line(f"# Shenzhen 2019 自评价评分表: {data['department']}, project {p['name']}.")
    w.line("# Generated by tools/convert_reference.py from reference/shenzhen_2019_dev.json; do not edit by")
    w.line("# hand. Template: indicators/sets/shenzhen_2019.yaml. The 数据来源及支持材料 column is not")
    w.line("# transcribed. Every row names the method its 评分标准 describes; `published:` is the printed")
    w.line("# 评分结果, `published_total` / `published_grade` the printed 总分 and 等级.")
    w.line(f"name: {q(p['name'])}")
    w.line(f"department: {q(data['department'])}")
    w.line(f"# {info['self_evaluation_summary']}")
    w.line(
        "budget: {full_year: %s, executed: %s, unit: 万元}   # 预算执行率 %s (scored by the row below)"
        % (num(info["全年预算数_万元"]), num(info["执行数_万元"]), info["预算执行率"])
    )
    # The project's own level-2 weights, as printed (the level-1 weights are the template's).
    level1_weights = {l1["name"]: l1["weight"] for l1 in p["level1"]}
    w.line("points:                      # 二级指标权重 as printed; each level 1 adds up to its weight")
    for l1 in p["level1"]:
        subs = [l2 for l2 in p["level2"] if l2["level1"] == l1["name"]]
        total = sum(Decimal(repr(l2["weight"])) for l2 in subs)
        assert total == Decimal(repr(level1_weights[l1["name"]])), (l1, total)
        for l2 in subs:
            w.line(f"  {l1['name']}/{l2['name']}: {num2(l2['weight'])}")
    w.line(f"published_total: {num2(p['declared_total'])}")
    w.line(f"published_grade: {q(p['declared_grade'])}")
    w.line("indicators:")
    for l2 in p["level2"]:  # the rows of each level 2 add up to its weight
        rows = [i for i in p["indicators"] if (i["level1"], i["level2"]) == (l2["level1"], l2["name"])]
        assert sum(Decimal(repr(i["weight"])) for i in rows) == Decimal(repr(l2["weight"])), l2
    assert sum(Decimal(repr(i["score"])) for i in p["indicators"]) == Decimal(repr(p["declared_total"]))
    for ind in p["indicators"]:
        if ind.get("notes"):
            w.lines += comment_lines(f"转录说明：{ind['notes']}", "  ")
        method = SHENZHEN_METHODS[ind["rule_kind"]]
        w.line(f"  - group: {q(ind['level1'] + '/' + ind['level2'])}")
        w.line(f"    name: {q(ind['name'])}")
        w.line(f"    points: {num2(ind['weight'])}")
        w.line(f"    target: {q(ind['target'])}")
        w.line(f"    actual: {q(ind['actual'])}")
        w.line(f"    method: {q(method)}")
        w.line(f"    criteria: {q(ind['rule_text'])}")
        if ind["rule_kind"] == "manual":
            # A judged row: the score is the evaluator's, and its reason stands in the rule cell.
            w.line(f"    score: {num2(ind['score'])}")
            w.line(f"    note: {q(ind['rule_text'])}")
        w.line(f"    published: {num2(ind['score'])}")
    path = os.path.join(out_dir, "shenzhen_2019", "project.yaml")
    write(path, w.text())


# ---------------------------------------------------------------------------------------------
# Department evaluation 2020


def department(data, out_dir):
    d = data["department_evaluation"]
    w = Writer()
    w.line(f"# 部门评价 (department-led evaluation) in {data['department']}")
    w.line(f"# {data['document']}: 项目部门评价结论一览表 (源文件第 {d['source_lines']['table'][0]}–"
           f"{d['source_lines']['table'][1]} 行).")
    w.line("# Generated by tools/convert_reference.py from reference/beijing_2020_dev.json; do not edit by")
    w.line("# hand. Template: indicators/sets/department_evaluation_2020.yaml. The four dimension scores")
    w.line("# are the panel's (M14 人工评分); the table prints no reasons for the deductions.")
    w.line(f"# 评价对象：{d['subject']}")
    w.line("name: 北京市消费扶贫产业双创中心相关项目")
    w.line(f"department: {q(data['department'])}")
    w.line(f"published_total: {d['total_printed']}")
    w.line(f"published_grade: {q(d['grade'])}              # {d['grade_in_text']}")
    w.line("indicators:")
    assert sum(item["max"] for item in d["items"]) == d["max_total"]
    for item in d["items"]:
        w.line(f"  - id: {q(item['name'])}")
        w.line(f"    score: {num2(item['score'])}")
        w.line(f"    published: {num2(item['score'])}")
    path = os.path.join(out_dir, "department_2020", "project.yaml")
    write(path, w.text())


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(path, REPO)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", default="/work/shared/reference")
    parser.add_argument("--out", default=os.path.join(REPO, "examples"))
    args = parser.parse_args()
    with open(os.path.join(args.reference, "beijing_2020_dev.json"), encoding="utf-8") as f:
        beijing_data = json.load(f)
    with open(os.path.join(args.reference, "shenzhen_2019_dev.json"), encoding="utf-8") as f:
        shenzhen_data = json.load(f)
    departures = beijing(beijing_data, args.out)
    shenzhen(shenzhen_data, args.out)
    department(beijing_data, args.out)
    print("Beijing numeric rows whose published score departs from the rule:")
    for name, indicator, points, computed, published, note in departures:
        kind = f"override (note: {note})" if note else "NO NOTE: known published error"
        print(f"  {name} / {indicator}: {published} of {points}, rule {computed:.2f} — {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
