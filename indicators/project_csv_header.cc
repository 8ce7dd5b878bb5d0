#include "indicators/project_csv_header.h"

#include <algorithm>

#include "indicators/suggest.h"
#include "indicators/utf8.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

struct HeaderName {
  std::string_view name;
  ProjectColumn column;
};

// Column names as users write them, compared after NFKC, removing whitespace
// and a unit in brackets, and lower-casing ASCII.
constexpr HeaderName kHeaderNames[] = {
    {"项目名称", ProjectColumn::kProjectName},
    {"主管部门", ProjectColumn::kDepartment},
    {"实施单位", ProjectColumn::kUnit},
    {"预期目标", ProjectColumn::kGoal},
    {"实际完成情况", ProjectColumn::kAchieved},
    {"公布等级", ProjectColumn::kPublishedGrade},
    {"公布总分", ProjectColumn::kPublishedTotal},
    {"年初预算数", ProjectColumn::kBudgetInitial},
    {"全年预算数", ProjectColumn::kBudgetFullYear},
    {"全年执行数", ProjectColumn::kBudgetExecuted},
    {"一级指标", ProjectColumn::kLevel1},
    {"二级指标", ProjectColumn::kLevel2},
    {"三级指标", ProjectColumn::kLevel3},
    {"指标名称", ProjectColumn::kLevel3},
    {"指标", ProjectColumn::kRef},
    {"指标id", ProjectColumn::kRef},
    {"分值", ProjectColumn::kPoints},
    {"权重", ProjectColumn::kPoints},
    {"年度指标值", ProjectColumn::kTarget},
    {"目标值", ProjectColumn::kTarget},
    {"指标值", ProjectColumn::kTarget},
    {"实际完成值", ProjectColumn::kActual},
    {"业绩值", ProjectColumn::kActual},
    {"完成值", ProjectColumn::kActual},
    {"评分方法", ProjectColumn::kMethod},
    {"方法", ProjectColumn::kMethod},
    {"评分标准", ProjectColumn::kCriteria},
    {"得分", ProjectColumn::kScore},
    {"评分", ProjectColumn::kScore},
    {"评分结果", ProjectColumn::kScore},
    {"自评得分", ProjectColumn::kScore},
    {"档次", ProjectColumn::kBand},
    {"评价档次", ProjectColumn::kBand},
    {"调整得分", ProjectColumn::kOverride},
    {"覆盖得分", ProjectColumn::kOverride},
    {"偏差原因", ProjectColumn::kNote},
    {"偏差原因分析及改进措施", ProjectColumn::kNote},
    {"备注", ProjectColumn::kNote},
    {"不适用", ProjectColumn::kNotApplicable},
    {"扣分次数", ProjectColumn::kCount},
    {"满足条款", ProjectColumn::kSatisfied},
    {"公布得分", ProjectColumn::kPublishedScore},
    {"序号", ProjectColumn::kIgnored},
    {"项目负责人", ProjectColumn::kIgnored},
    {"联系电话", ProjectColumn::kIgnored},
    {"执行率", ProjectColumn::kExecutionRate},
    {"预算执行率", ProjectColumn::kExecutionRate},
    {"数据来源及支持材料", ProjectColumn::kIgnored},
};

// The known column name closest to `key`, if it is close enough to be a slip.
std::string Suggestion(std::string_view key) {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (const auto& h : kHeaderNames) names.push_back(h.name);
    return names;
  }();
  return SuggestClosest(key, kNames);
}

std::string AllHeaderNames() {
  std::string out;
  for (const auto& h : kHeaderNames) {
    if (h.name == "指标id") {
      out += "、指标ID";
      continue;
    }
    out += (out.empty() ? "" : "、") + std::string(h.name);
  }
  return out;
}

}  // namespace

std::string HeaderKey(std::string_view title, std::string& unit) {
  std::string key = RemoveWhitespace(NormalizeNfkc(title));
  if (key.ends_with(")")) {
    size_t open = key.rfind('(');
    if (open != std::string::npos && open > 0) {
      unit = key.substr(open + 1, key.size() - open - 2);
      key.resize(open);
    }
  }
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

bool IsMoneyUnit(std::string_view unit) {
  return !unit.empty() && ConvertUnit(1, unit, "元").has_value();
}

bool ReadProjectCsvHeader(const std::vector<CsvField>& row, const std::string& file,
                          ProjectCsvLayout& layout, std::vector<Diagnostic>& diagnostics) {
  return ReadProjectCsvHeader(row, file, HeaderOptions{}, layout, diagnostics);
}

bool ReadProjectCsvHeader(const std::vector<CsvField>& row, const std::string& file,
                          const HeaderOptions& options, ProjectCsvLayout& layout,
                          std::vector<Diagnostic>& diagnostics) {
  layout = ProjectCsvLayout{};
  layout.line = row.front().line;
  bool budget_unit_set = false;
  for (size_t i = 0; i < row.size(); ++i) {
    const CsvField& f = row[i];
    layout.titles.emplace_back(Trim(f.text));
    const std::string& title = layout.titles.back();
    if (title.empty()) continue;
    std::string unit;
    std::string key = HeaderKey(title, unit);
    const HeaderName* found = nullptr;
    for (const auto& h : kHeaderNames)
      if (h.name == key) found = &h;
    if (found == nullptr) {
      std::string suggestion = Suggestion(key);
      if (!options.unknown_columns_are_errors) {
        diagnostics.push_back(
            Diagnostic{Severity::kWarning,
                       SourceLocation{file, f.line, f.column},
                       {},
                       "未知的列名「" + title + "」，该列原样保留、不参与复核",
                       suggestion.empty() ? std::string() : "是否想写「" + suggestion + "」？"});
        continue;
      }
      AddError(diagnostics, SourceLocation{file, f.line, f.column}, "未知的列名「" + title + "」",
               suggestion.empty() ? "可用的列名：" + AllHeaderNames()
                                  : "是否想写「" + suggestion + "」？");
      continue;
    }
    ProjectColumn c = found->column;
    if (c == ProjectColumn::kIgnored) continue;
    if (c == ProjectColumn::kNote) {
      layout.notes.push_back(static_cast<int>(i));
      continue;
    }
    int& slot = layout.field[static_cast<size_t>(c)];
    if (slot >= 0) {
      AddError(diagnostics, SourceLocation{file, f.line, f.column},
               "列名「" + title + "」与第 " + std::to_string(slot + 1) + " 列「" +
                   layout.titles[static_cast<size_t>(slot)] + "」是同一列",
               "删掉其中一列");
      continue;
    }
    slot = static_cast<int>(i);
    bool budget = c == ProjectColumn::kBudgetInitial || c == ProjectColumn::kBudgetFullYear ||
                  c == ProjectColumn::kBudgetExecuted;
    if (budget && !unit.empty()) {
      if (!IsMoneyUnit(unit)) {
        AddError(diagnostics, SourceLocation{file, f.line, f.column},
                 "列名「" + title + "」里的单位「" + unit + "」不是金额单位",
                 "预算数的单位用 元、千元、万元 或 亿元");
        continue;
      }
      layout.units[static_cast<size_t>(c)] = unit;
      if (!budget_unit_set) layout.budget_unit = unit;
      budget_unit_set = true;
    }
  }
  bool ok = true;
  if (options.require_project_name && layout.Field(ProjectColumn::kProjectName) < 0) {
    AddError(diagnostics, SourceLocation{file, layout.line, 0}, "缺少「项目名称」列",
             "第一行是列名，其中要有「项目名称」；每行写一个项目的一个指标");
    ok = false;
  }
  bool has_entry_data =
      !layout.notes.empty() ||
      std::any_of(std::begin(kEntryDataColumns), std::end(kEntryDataColumns),
                  [&](ProjectColumn c) { return layout.field[static_cast<size_t>(c)] >= 0; });
  if (has_entry_data && layout.Field(ProjectColumn::kLevel3) < 0 &&
      layout.Field(ProjectColumn::kRef) < 0) {
    AddError(diagnostics, SourceLocation{file, layout.line, 0},
             "有指标数据的列，却没有「三级指标」或「指标」列",
             "用「三级指标」列写项目自定义的指标，或用「指标」列写模板中指标的"
             "编号或名称");
    ok = false;
  }
  return ok;
}

}  // namespace jixiao
