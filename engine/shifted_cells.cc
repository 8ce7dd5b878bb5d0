#include "engine/shifted_cells.h"

#include <string_view>

#include "indicators/deadline.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

// A value only a target or an actual has: a number dressed as a measurement, or a deadline.
bool LooksLikeMeasurement(const Value& v) {
  if (v.kind == ValueKind::kDeadline) return true;
  return v.kind == ValueKind::kNumber && v.error.empty() &&
         (v.comparator != Comparator::kNone || !v.qualifier.empty() ||
          !(v.unit.empty() || v.unit == "分"));
}

// Cells that say "no figure" rather than holding one.
bool SaysNothing(std::string_view text) {
  for (std::string_view s : {"—", "-", "/", "／", "无", "不适用", "空", "－", "——"})
    if (text == s) return true;
  return false;
}

// A value of the target's kind, plainly: comparable units, deadline with deadline, same text.
bool ReadsLikeTarget(const Value& v, const Value& target) {
  switch (target.kind) {
    case ValueKind::kNumber:
      return v.kind == ValueKind::kNumber && v.error.empty() && !v.unit.empty() &&
             !target.unit.empty() && v.unit != "分" &&
             ConvertUnit(v.number, v.unit, target.unit).has_value();
    case ValueKind::kDeadline:
      return v.kind == ValueKind::kDeadline || SaysOnTime(v.text);
    case ValueKind::kText:
      return v.kind == ValueKind::kText && v.text == target.text;
    case ValueKind::kEmpty:
      break;
  }
  return false;
}

// Rule 1 or 2 for the 分值 or 得分 cell `cell`, named `column`; "" when it holds a figure. A
// budget row (`indicator` false) has no target or actual to miss.
std::string CheckFigureCell(const std::string& column, const std::string& cell, const Value& target,
                            const Value& actual, bool indicator) {
  if (cell.empty()) return {};
  const Value v = ParseValue(cell);
  const std::string where =
      indicator && actual.kind == ValueKind::kEmpty ? "，而实际完成值为空" : std::string();
  if (LooksLikeMeasurement(v))
    return column + "列是「" + cell + "」，像是年度指标值或实际完成值，不是分数" + where;
  if (!indicator || v.kind != ValueKind::kText || SaysNothing(v.text)) return {};
  for (const Value* other : {&actual, &target})
    if (other->kind == ValueKind::kEmpty ||
        (other->kind == ValueKind::kText && other->text == v.text))
      return column + "列是文字「" + cell + "」，不是分数" +
             (other->kind == ValueKind::kEmpty
                  ? std::string("，而") + (other == &actual ? "实际完成值" : "年度指标值") + "为空"
                  : std::string("，与") + (other == &actual ? "实际完成值" : "年度指标值") +
                        "相同");
  return {};
}

}  // namespace

ShiftedCells FindShiftedCells(const FilledTable& table, const FilledRow& row) {
  ShiftedCells out;
  const Value target = ParseValue(row.target), actual = ParseValue(row.actual);
  const bool indicator = row.kind == FilledRowKind::kIndicator;
  if (std::string m = CheckFigureCell("分值", row.points, target, actual, indicator); !m.empty()) {
    out.points = true;
    out.message = m;
  }
  if (std::string m = CheckFigureCell("得分", row.score, target, actual, indicator); !m.empty()) {
    out.score = true;
    out.message += (out.message.empty() ? "" : "；") + m;
  }
  if (!out.message.empty()) {
    out.message = "疑似错列：" + out.message;
    return out;
  }
  if (!indicator) return out;
  const size_t next = static_cast<size_t>(table.actual_column) + 1;
  if (table.actual_column >= 0 && actual.kind == ValueKind::kEmpty && next < row.cells.size() &&
      next < table.header.size() && target.kind != ValueKind::kEmpty) {
    const std::string& title = table.header[next];
    const bool prose = title.find("偏差") != std::string::npos ||
                       title.find("备注") != std::string::npos ||
                       title.find("评分标准") != std::string::npos;
    const Value beside = ParseValue(row.cells[next]);
    if (!prose && ReadsLikeTarget(beside, target)) {
      out.message = "疑似错列：实际完成值为空，右边的「" + title + "」列却是「" + beside.raw +
                    "」，像是实际完成值";
      return out;
    }
  }
  const Value name = ParseValue(row.level3);
  if (name.kind == ValueKind::kNumber && name.error.empty() && name.text.empty())
    out.message = "疑似错列：三级指标「" + row.level3 + "」是数值，不是指标名称";
  return out;
}

}  // namespace jixiao
