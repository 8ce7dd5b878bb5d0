#!/usr/bin/python3
"""Writes xicheng_2022.xlsx from the two CSVs beside it, as the published tables lay it out.

One sheet per table (项目支出绩效目标申报表, 部门整体支出绩效目标申报表); the project cells of
a project and the repeated 一级/二级指标 cells are merged over their rows, as in the PDF; numbers
(项目总额, 指标值, 权重) are numeric cells. Run once with Debian's python3-openpyxl and commit
the result: `/usr/bin/python3 examples/declaration/make_xlsx.py`.
"""
import csv
import pathlib

from openpyxl import Workbook

HERE = pathlib.Path(__file__).resolve().parent
SHEETS = [("项目支出绩效目标申报表", "xicheng_2022_projects.csv"),
          ("部门整体支出绩效目标申报表", "xicheng_2022_department.csv")]
NUMERIC = {"项目总额（万元）", "其中：财政资金", "预算支出总额（元）", "本年绩效指标值", "绩效指标值", "权重"}


def cell_value(title, text):
    if title in NUMERIC and text:
        try:
            number = float(text)
            return int(number) if number.is_integer() else number
        except ValueError:
            return text
    return text


def main():
    book = Workbook()
    book.remove(book.active)
    for name, csv_name in SHEETS:
        sheet = book.create_sheet(name)
        with open(HERE / csv_name, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        sheet.append(header)
        for row in rows[1:]:
            sheet.append([cell_value(header[i], text) for i, text in enumerate(row)])
        # Merge each blank cell run into the filled cell above it (a merged range keeps its value
        # in the top-left cell, which is what a CSV export of the sheet shows).
        for col in range(1, len(header) + 1):
            if header[col - 1] in ("三级指标", "绩效指标性质", "本年绩效指标值", "绩效指标值",
                                   "绩效度量单位", "指标方向性", "权重", "活动", "任务"):
                continue
            start = 2
            for r in range(3, len(rows) + 2):
                blank = r <= len(rows) and rows[r - 1][col - 1] == ""
                if blank:
                    continue
                if r - 1 > start and rows[start - 1][col - 1] != "":
                    sheet.merge_cells(start_row=start, start_column=col, end_row=r - 1,
                                      end_column=col)
                start = r
    book.save(HERE / "xicheng_2022.xlsx")


if __name__ == "__main__":
    main()
