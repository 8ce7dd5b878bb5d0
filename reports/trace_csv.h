// The trace CSV (--format trace-csv): a batch format with one line per indicator evaluation and
// one 总分 line per project, each enough to recompute its score by hand. A machine format like
// summary CSV: UTF-8 without BOM, LF, RFC 4180 quoting.
//
//   项目名称,指标,方法,分值,目标值,业绩值,原始得分,得分,结果
//   P1,数量指标3,M10 比例带下限（floor 0.5，cap 1）,5,100,80,4,4,已评分
//   P1,总分,,100,,,,60.3722,中
//
// The same functions write the lines of a ScoreTree (AppendTraceCsvLines) and of a project the
// scorecard's plan scored from its numbers (TraceCsvRenderer, through engine/csv_batch), so the
// two give the same bytes.
#ifndef JIXIAO_REPORTS_TRACE_CSV_H_
#define JIXIAO_REPORTS_TRACE_CSV_H_

#include <string>
#include <string_view>

#include "engine/batch_scorer.h"
#include "engine/score_tree.h"

namespace jixiao {

/// "项目名称,指标,方法,分值,目标值,业绩值,原始得分,得分,结果\n".
std::string_view TraceCsvHeader();

/// 方法: the method with its parameters as `jixiao diff` prints them (MethodDescription), and for
/// M9 the comparator it compares with when the target or template gives one:
/// "M9 达标全得（tolerance 0，comparator ≤）".
std::string TraceCsvMethod(const MethodSpec& method, Comparator comparator);

/// ",指标,方法,分值": the fields every line of an indicator shares, the path as 指标 and the
/// weight as the form prints it.
std::string TraceCsvIndicator(std::string_view path, const MethodSpec& method,
                              Comparator comparator, double weight, const RoundingRule& rounding);

/// One indicator's line: the project's name, `indicator` (TraceCsvIndicator), the target and
/// actual as written, the raw score as `jixiao explain` prints it and the score as the form does
/// (both empty unless scored), and 结果: the outcome's name, then `remarks` in brackets.
void AppendTraceCsvRow(std::string_view project, std::string_view indicator, const TraceRow& row,
                       const RoundingRule& rounding, std::string& out);

/// The project's 总分 line: 分值 `max_total`, 得分 `total`, and the grade as 结果 (then `remarks`
/// in brackets: the project's findings, such as a total rescaled for indicators not applicable).
void AppendTraceCsvTotal(std::string_view project, double max_total, double total,
                         std::string_view grade, std::string_view remarks,
                         const RoundingRule& rounding, std::string& out);

/// Every indicator's line of `tree` in document order, then its 总分 line (a LineRenderer).
void AppendTraceCsvLines(const ScoreTree& tree, std::string& out);

/// The functions above, for batch scoring from numbers.
const TraceRenderer& TraceCsvRenderer();

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_TRACE_CSV_H_
