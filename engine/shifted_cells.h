// One check for cells that slid into a neighbouring column when a table was filled in or
// exported (DOMAIN.md §7): a figure in the wrong place is read as the wrong figure.
#ifndef JIXIAO_ENGINE_SHIFTED_CELLS_H_
#define JIXIAO_ENGINE_SHIFTED_CELLS_H_

#include <string>

#include "indicators/filled_table.h"

namespace jixiao {

/// What the check found on one row.
struct ShiftedCells {
  std::string message;  // one line, Chinese; empty when the row looks consistent
  bool points = false;  // the 分值 cell holds something else
  bool score = false;   // the 得分 cell holds something else
};

/// Checks an indicator or budget row. Each rule asks for a value of one column's kind plainly
/// sitting in another, so a consistent row never trips it:
/// 1. 分值 or 得分 holds a target or an actual: a number with a comparator, a qualifier or a
///    unit other than 分 ("≥90%", "约270人", "52万元"), or a deadline ("12月底前完成");
/// 2. an indicator row's 分值 or 得分 holds text ("顺利完成") while 实际完成值 or 年度指标值 is
///    empty or holds the same text ("—", "/", "无" or "不适用" is not a shift);
/// 3. 实际完成值 is empty and the column right of it (not 偏差原因 or 评分标准) holds a value
///    of the target's kind: a number in the target's unit (a bare number is not enough), a
///    deadline against a deadline, or the target's own text;
/// 4. the 三级指标 is a number ("5", "≥90%").
ShiftedCells FindShiftedCells(const FilledTable& table, const FilledRow& row);

}  // namespace jixiao

#endif  // JIXIAO_ENGINE_SHIFTED_CELLS_H_
