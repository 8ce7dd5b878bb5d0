#!/usr/bin/env python3
"""Converts the transcribed reference tables (shared/reference/*.json) into filled-table CSV files
as a unit would hand them in, for `jixiao audit` and its tests. Standard library only.

  tools/reference_to_csv.py ../shared/reference examples/audit

Writes beijing_2020.csv (项目支出绩效自评表 rows: a 预算执行率 row with the budget columns, the
indicator rows with merged 一级/二级指标 cells left blank, a 总分 row) and shenzhen_2019.csv
(自评价评分表 columns: 权重, 目标值, 业绩值, 评分结果, 评分标准; each 一级/二级指标 on a row of
its own with its 权重). Figures are as published,
errors included: the audit is what finds them.
"""
import csv
import json
import os
import sys


def num(v):
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def beijing(src, dst):
    data = json.load(open(src, encoding="utf-8"))
    header = ["项目名称", "一级指标", "二级指标", "三级指标", "年初预算数（万元）", "全年预算数（万元）",
              "全年执行数（万元）", "执行率", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施"]
    rows = [header]
    for p in data["projects"]:
        f = p["funds"]
        rows.append([p["name"], "预算执行率", "", "", num(f["annual_budget_initial"]),
                     num(f["annual_budget_full_year"]), num(f["executed"]), f["execution_rate"],
                     "", "", num(f["max_score"]), num(f["score"]), ""])
        last1 = last2 = None
        for i in p["indicators"]:
            l1 = i["level1"] if i["level1"] != last1 else ""
            l2 = i["level2"] if (i["level2"], i["level1"]) != (last2, last1) else ""
            last1, last2 = i["level1"], i["level2"]
            rows.append(["", l1, l2, i["name"], "", "", "", "", i["target"], i["actual"],
                         num(i["max"]), num(i["score"]), i["deviation_note"]])
        rows.append(["", "总分", "", "", "", "", "", "", "", "", num(p["max_total"]),
                     num(p["declared_total"]), ""])
    write(dst, rows)


def shenzhen(src, dst):
    """The 自评价评分表 as printed: each 一级指标 and 二级指标 on a row of its own with its 权重
    (资产管理 and 信息共享 with 0 and no rows under them), then the 三级指标 rows under it."""
    data = json.load(open(src, encoding="utf-8"))
    header = ["项目名称", "一级指标", "二级指标", "三级指标", "权重", "目标值", "业绩值", "评分结果",
              "评分标准"]
    rows = [header]
    for p in data["projects"]:
        name = p["name"]
        for l1 in p["level1"]:
            rows.append([name, l1["name"], "", "", num(l1["weight"]), "", "", "", ""])
            name = ""
            for l2 in p["level2"]:
                if l2["level1"] != l1["name"]:
                    continue
                rows.append(["", "", l2["name"], "", num(l2["weight"]), "", "", "", ""])
                for i in p["indicators"]:
                    if (i["level1"], i["level2"]) != (l1["name"], l2["name"]):
                        continue
                    rows.append(["", "", "", i["name"], num(i["weight"]), i["target"], i["actual"],
                                 num(i["score"]), i["rule_text"]])
        rows.append(["", "总分", "", "", "100", "", "", num(p["declared_total"]), ""])
    write(dst, rows)


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    beijing(os.path.join(src, "beijing_2020_dev.json"), os.path.join(dst, "beijing_2020.csv"))
    shenzhen(os.path.join(src, "shenzhen_2019_dev.json"), os.path.join(dst, "shenzhen_2019.csv"))


if __name__ == "__main__":
    main()
