// A ScoreTree laid out as the filled form, independent of any output format.
// Every renderer prints a Form and nothing else, so none of them formats,
// totals or labels anything itself.
#ifndef JIXIAO_REPORTS_FORM_ROWS_H_
#define JIXIAO_REPORTS_FORM_ROWS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/score_tree.h"

namespace jixiao {

/// What a column holds; CSV matches the columns of several forms by kind.
enum class ColumnKind {
  kLevel,     // 一级指标, 二级指标, …; the last level column holds the indicator
              // names
  kWeight,    // 分值 / 权重
  kTarget,    // 年度指标值 / 目标值
  kActual,    // 实际完成值 / 业绩值
  kScore,     // 得分 / 评分结果
  kNote,      // 偏差原因分析及改进措施
  kCriteria,  // 评分标准
  kLabel,     // the row label of the 项目资金 block
  kAmount,    // money in the 项目资金 block
  kRate,      // 执行率
};

/// A column of a table. `numeric` columns are right-aligned, and CSV writes
/// their numbers unquoted and without the formula guard.
struct FormColumn {
  std::string title;
  ColumnKind kind = ColumnKind::kLevel;
  int level = 0;  // 1-based, for kLevel
  bool numeric = false;
};

/// One cell. A group spanning several rows has `row_span` > 1 on its first row
/// and `continuation` cells (row_span 0, same text) below: formats that merge
/// cells use the span, formats that print every cell print continuations blank,
/// and CSV repeats the text so that each line stands alone.
struct FormCell {
  std::string text;      // plain value: "7.00", "不适用", "展销天数"
  std::string mark;      // footnote mark printed after the text: "*", "*2"
  bool numeric = false;  // `text` is a number written by labels.h
  /// The number behind a numeric `text`, as the tree holds it (执行率 in percent), for formats
  /// that store numbers (XLSX).
  std::optional<double> value;
  int row_span = 1;
  bool continuation = false;

  /// What a reader sees: text and mark.
  std::string Display() const { return text + mark; }
};

/// What a row of the indicator table shows. kBudget repeats the 项目资金 block
/// as a row (for CSV); tables that print the block skip it.
enum class RowKind {
  kBudget,     // 预算执行率
  kIndicator,  // an indicator
  kGroup,      // a group without indicators (a 0-point 二级指标)
  kTotal,      // 总分
  kGrade,      // 等级
};

/// A row of the indicator table, with one cell per column of Form::columns and
/// its own notes (also listed, in row order, in Form::notes).
struct FormRow {
  RowKind kind = RowKind::kIndicator;
  std::string node_id;  // empty for 总分 and 等级
  std::vector<FormCell> cells;
  std::vector<std::string> remarks;
};

/// A small table of its own: the 项目资金 block.
struct FormBlock {
  std::vector<FormColumn> columns;
  std::vector<std::vector<FormCell>> rows;
};

/// A "label：value" line above or beside a table.
struct FormField {
  std::string label;
  std::string value;
};

/// The 年度总体目标 block (text, not scored): under its title, two columns side by side, the
/// project's overall goal as declared (预期目标) and what was achieved (实际完成情况).
struct FormGoals {
  std::string title;  // 年度总体目标
  std::vector<FormField>
      columns;  // 预期目标 and 实际完成情况, each with its text (blank if unstated)

  /// The block as "label：value" lines, for formats that cannot merge cells:
  /// 年度总体目标（预期目标） and 年度总体目标（实际完成情况）, blank ones left out.
  std::vector<FormField> Lines() const;
};

/// The subtotal of one top-level node (一级指标, or the budget component): its points, its score
/// and the rows whose scores add up to it (indices into Form::rows; the kBudget row stands for
/// the score of the 项目资金 block).
struct FormSubtotal {
  std::string name;
  FormCell weight;
  FormCell score;
  std::vector<size_t> rows;
};

/// One filled form: everything a renderer prints, in order. `notes` go under
/// the table: the rows' remarks in row order, the project's last.
struct Form {
  FormLayout layout = FormLayout::kProjectSelfEvaluation;
  std::string title;                // 项目支出绩效自评表
  std::string project_name;         // 项目名称 (also the first header field)
  std::vector<FormField> header;    // 项目名称, 主管部门, 实施单位
  std::string stamp;                // 模板 id 版本 v（内容哈希 h）
  std::optional<FormBlock> funds;   // 项目资金
  std::optional<FormGoals> goals;   // 年度总体目标, when either column is stated
  std::vector<FormColumn> columns;  // the indicator table
  std::vector<FormRow> rows;        // budget, indicators, 总分, 等级
  std::vector<std::string> notes;
  /// One per top-level node, when any of them is a group.
  std::vector<FormSubtotal> subtotals;
  /// Decimal places of points and scores (PointPlaces: -1 when the template does not round).
  int point_places = 2;
};

/// Lays out one evaluated project. Reads the tree only; numbers come from
/// labels.h with the tree's decimal places.
Form BuildForm(const ScoreTree& tree);

/// One row of cells, as table renderers take it.
using CellRow = std::vector<FormCell>;

/// The rows of the 项目资金 block (empty when the form has none), for table renderers.
std::vector<const CellRow*> FundsRows(const Form& form);

/// The indicator table's rows (budget, indicators, 总分, 等级), without the budget row that the
/// 项目资金 block already shows.
std::vector<const CellRow*> IndicatorRows(const Form& form);

/// Builds each tree's form, renders it with `render` and separates the projects with a blank
/// line: the loop every per-project renderer shares.
std::string RenderForms(const std::vector<ScoreTree>& trees, std::string (*render)(const Form&));

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_FORM_ROWS_H_
