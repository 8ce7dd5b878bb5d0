#include "indicators/filled_table.h"

#include "indicators/project_csv_header.h"
#include "indicators/utf8.h"
#include "indicators/xlsx.h"

namespace jixiao {
namespace {

bool IsBudgetName(std::string_view s) {
  return s == "预算执行率" || s == "年度资金总额" || s == "项目资金" || s == "资金执行率";
}

bool IsTotalName(std::string_view s) { return s == "总分" || s == "合计" || s == "总计"; }

std::string ColumnKey(std::string_view title) { return RemoveWhitespace(NormalizeNfkc(title)); }

// The columns holding a group's points (-1 when none), taken out of `header` (their titles
// blanked) so the indicator columns are read as in any table.
struct LevelPointsColumns {
  int level1 = -1, level2 = -1;
};
LevelPointsColumns TakeLevelPointsColumns(std::vector<CsvField>& header) {
  LevelPointsColumns out;
  auto is_points = [](const std::string& key) { return key == "分值" || key == "权重"; };
  int points_columns = 0;
  for (const CsvField& f : header) points_columns += is_points(ColumnKey(f.text));
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string key = ColumnKey(header[i].text);
    const std::string left = i > 0 ? ColumnKey(header[i - 1].text) : std::string();
    int* slot = nullptr;
    if (key == "一级指标分值" || key == "一级指标权重" ||
        (points_columns >= 2 && is_points(key) && left == "一级指标"))
      slot = &out.level1;
    else if (key == "二级指标分值" || key == "二级指标权重" ||
             (points_columns >= 2 && is_points(key) && left == "二级指标"))
      slot = &out.level2;
    if (slot == nullptr || *slot >= 0) continue;
    *slot = static_cast<int>(i);
    points_columns -= is_points(key);
    header[i].text.clear();
  }
  return out;
}

}  // namespace

bool ReadFilledTable(const std::vector<std::vector<CsvField>>& grid, const std::string& file,
                     FilledTable& out, std::vector<Diagnostic>& diagnostics) {
  out = FilledTable{};
  out.file = file;
  size_t first = 0;
  while (first < grid.size() && grid[first].size() <= 1 &&
         (grid[first].empty() || Trim(grid[first][0].text).empty()))
    ++first;
  if (first == grid.size()) {
    AddError(diagnostics, SourceLocation{file, 0, 0}, "表格是空的", "第一行写列名");
    return false;
  }
  std::vector<CsvField> header = grid[first];
  const LevelPointsColumns level_points = TakeLevelPointsColumns(header);
  ProjectCsvLayout layout;
  HeaderOptions options;
  options.unknown_columns_are_errors = false;
  options.require_project_name = false;
  bool ok = ReadProjectCsvHeader(header, file, options, layout, diagnostics);
  for (const CsvField& f : grid[first]) out.header.emplace_back(Trim(f.text));
  out.budget_unit = layout.budget_unit;
  out.actual_column = layout.Field(ProjectColumn::kActual);
  const SourceLocation where{file, layout.line, 0};
  const std::pair<ProjectColumn, const char*> kRequired[] = {{ProjectColumn::kLevel3, "三级指标"},
                                                             {ProjectColumn::kPoints, "分值"},
                                                             {ProjectColumn::kScore, "得分"}};
  for (const auto& [column, name] : kRequired)
    if (layout.Field(column) < 0) {
      AddError(diagnostics, where, std::string("缺少「") + name + "」列",
               "复核需要三级指标（指标名称）、分值（权重）和得分（评分结果）三列");
      ok = false;
    }
  if (!ok) return false;

  auto cell_at = [](const std::vector<CsvField>& row, int i) {
    if (i < 0 || static_cast<size_t>(i) >= row.size()) return std::string();
    return std::string(Trim(row[static_cast<size_t>(i)].text));
  };
  auto cell = [&](const std::vector<CsvField>& row, ProjectColumn c) {
    return cell_at(row, layout.Field(c));
  };
  std::string project, level1, level2;
  for (size_t r = first + 1; r < grid.size(); ++r) {
    const std::vector<CsvField>& row = grid[r];
    FilledRow f;
    f.line = row.empty() ? 0 : row.front().line;
    for (const CsvField& c : row) f.cells.emplace_back(c.text);
    bool blank = true;
    for (const std::string& c : f.cells) blank = blank && Trim(c).empty();
    if (blank) {
      out.rows.push_back(std::move(f));
      continue;
    }
    std::string name = cell(row, ProjectColumn::kProjectName);
    if (!name.empty() && name != project) {
      project = name;
      level1.clear();
      level2.clear();
    }
    f.project = project;
    std::string l1 = cell(row, ProjectColumn::kLevel1), l2 = cell(row, ProjectColumn::kLevel2);
    f.level3 = cell(row, ProjectColumn::kLevel3);
    // Merged cells: a blank level continues the one above; a new level 1 starts a new level 2.
    if (!l1.empty() && l1 != level1) {
      level1 = l1;
      level2.clear();
    }
    if (!l2.empty()) level2 = l2;
    f.level1 = level1;
    f.level2 = level2;
    f.points = cell(row, ProjectColumn::kPoints);
    f.target = cell(row, ProjectColumn::kTarget);
    f.actual = cell(row, ProjectColumn::kActual);
    f.score = cell(row, ProjectColumn::kScore);
    f.criteria = cell(row, ProjectColumn::kCriteria);
    for (int i : layout.notes)
      if (static_cast<size_t>(i) < row.size() && !Trim(row[static_cast<size_t>(i)].text).empty())
        f.note +=
            (f.note.empty() ? "" : "；") + std::string(Trim(row[static_cast<size_t>(i)].text));
    f.budget_initial = cell(row, ProjectColumn::kBudgetInitial);
    f.budget_full_year = cell(row, ProjectColumn::kBudgetFullYear);
    f.budget_executed = cell(row, ProjectColumn::kBudgetExecuted);
    f.execution_rate = cell(row, ProjectColumn::kExecutionRate);
    f.level1_points = cell_at(row, level_points.level1);
    f.level2_points = cell_at(row, level_points.level2);
    const std::string& first_cell = !l1.empty() ? l1 : !l2.empty() ? l2 : f.level3;
    if (IsTotalName(l1) || (l1.empty() && IsTotalName(first_cell))) {
      f.kind = FilledRowKind::kTotal;
      level1.clear();
      level2.clear();
      f.level1 = f.level2 = "";
    } else if (IsBudgetName(l1) || IsBudgetName(f.level3) ||
               (!f.budget_full_year.empty() && !f.budget_executed.empty() && f.level3.empty())) {
      f.kind = FilledRowKind::kBudget;
      if (IsBudgetName(l1)) {
        level1.clear();
        level2.clear();
      }
    } else if (!f.level3.empty()) {
      f.kind = FilledRowKind::kIndicator;
    } else if (!f.points.empty() && (!l1.empty() || !l2.empty())) {
      f.kind = FilledRowKind::kGroup;
      if (l2.empty()) level2.clear();  // a level-1 group row: what follows starts its level 2
      f.level2 = level2;
    }
    out.rows.push_back(std::move(f));
  }
  return true;
}

bool ReadFilledTableCsv(std::string_view text, const std::string& file, FilledTable& out,
                        std::vector<Diagnostic>& diagnostics) {
  CsvTable table;
  if (!ReadCsv(text, file, table, diagnostics)) return false;
  return ReadFilledTable(table.rows, file, out, diagnostics);
}

bool ReadFilledTableXlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                         FilledTable& out, std::vector<Diagnostic>& diagnostics) {
  CsvTable table;
  if (!ReadXlsx(bytes, file, sheet, table, diagnostics)) return false;
  return ReadFilledTable(table.rows, file, out, diagnostics);
}

}  // namespace jixiao
