#include "indicators/declaration.h"

#include <array>
#include <cmath>

#include "indicators/number_text.h"
#include "indicators/project_csv_header.h"
#include "indicators/suggest.h"
#include "indicators/utf8.h"
#include "indicators/xlsx.h"

namespace jixiao {
namespace {

enum class Column {
  kUnit,
  kDepartment,
  kProjectName,
  kCategory,
  kBudget,
  kGoal,
  kActivity,
  kTask,
  kLevel1,
  kLevel2,
  kLevel3,
  kNature,
  kValue,
  kMeasure,
  kDirection,
  kWeight,
  kIgnored,
};
constexpr size_t kColumnCount = static_cast<size_t>(Column::kIgnored) + 1;

struct ColumnName {
  std::string_view name;  // as HeaderKey leaves it
  Column column;
};

// Column names of the declaration tables (Beijing districts print 本年绩效指标值 and 绩效度量单位
// in the project table, 绩效指标值 in the department table), with common variants.
constexpr ColumnName kColumnNames[] = {
    {"单位名称", Column::kUnit},          {"预算单位", Column::kUnit},
    {"实施单位", Column::kUnit},          {"主管部门", Column::kDepartment},
    {"项目名称", Column::kProjectName},   {"项目类别", Column::kCategory},
    {"项目总额", Column::kBudget},        {"预算支出总额", Column::kBudget},
    {"年度资金总额", Column::kBudget},    {"绩效目标", Column::kGoal},
    {"年度绩效目标", Column::kGoal},      {"年度总体目标", Column::kGoal},
    {"活动", Column::kActivity},          {"任务", Column::kTask},
    {"一级指标", Column::kLevel1},        {"二级指标", Column::kLevel2},
    {"三级指标", Column::kLevel3},        {"指标名称", Column::kLevel3},
    {"绩效指标性质", Column::kNature},    {"指标性质", Column::kNature},
    {"本年绩效指标值", Column::kValue},   {"绩效指标值", Column::kValue},
    {"指标值", Column::kValue},           {"年度指标值", Column::kValue},
    {"目标值", Column::kValue},           {"绩效度量单位", Column::kMeasure},
    {"度量单位", Column::kMeasure},       {"计量单位", Column::kMeasure},
    {"指标方向性", Column::kDirection},   {"指标方向", Column::kDirection},
    {"方向", Column::kDirection},         {"权重", Column::kWeight},
    {"序号", Column::kIgnored},           {"项目负责人", Column::kIgnored},
    {"项目负责人电话", Column::kIgnored}, {"联系电话", Column::kIgnored},
    {"项目编码", Column::kIgnored},       {"项目代码", Column::kIgnored},
    {"其中:财政资金", Column::kIgnored},  {"其中:其他资金", Column::kIgnored},
};

struct Layout {
  std::array<int, kColumnCount> field{};
  std::string budget_unit = "万元";
  int line = 0;
  int Field(Column c) const { return field[static_cast<size_t>(c)]; }
};

bool IsBlankRow(const std::vector<CsvField>& row) {
  for (const CsvField& f : row)
    if (!Trim(f.text).empty()) return false;
  return true;
}

bool ReadHeader(const std::vector<CsvField>& row, const std::string& file, Layout& layout,
                std::vector<Diagnostic>& diagnostics) {
  layout.field.fill(-1);
  layout.line = row.front().line;
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (const ColumnName& c : kColumnNames) names.push_back(c.name);
    return names;
  }();
  for (size_t i = 0; i < row.size(); ++i) {
    std::string title(Trim(row[i].text)), unit;
    if (title.empty()) continue;
    std::string key = HeaderKey(title, unit);
    const ColumnName* found = nullptr;
    for (const ColumnName& c : kColumnNames)
      if (c.name == key) found = &c;
    SourceLocation at{file, row[i].line, row[i].column};
    if (found == nullptr) {
      std::string suggestion = SuggestClosest(key, kNames);
      diagnostics.push_back({Severity::kWarning,
                             at,
                             {},
                             "申报表中未知的列名「" + title + "」，该列不读",
                             suggestion.empty() ? "" : "是否想写「" + suggestion + "」？"});
      continue;
    }
    if (found->column == Column::kIgnored) continue;
    int& slot = layout.field[static_cast<size_t>(found->column)];
    if (slot >= 0) {
      AddError(diagnostics, at,
               "列名「" + title + "」与第 " + std::to_string(slot + 1) + " 列是同一列",
               "删掉其中一列");
      continue;
    }
    slot = static_cast<int>(i);
    if (found->column == Column::kBudget && !unit.empty()) {
      if (IsMoneyUnit(unit))
        layout.budget_unit = unit;
      else
        AddError(diagnostics, at, "列名「" + title + "」里的单位「" + unit + "」不是金额单位",
                 "项目总额的单位用 元、千元、万元 或 亿元");
    }
  }
  bool ok = true;
  for (auto [column, name] :
       {std::pair{Column::kProjectName, "项目名称"}, std::pair{Column::kLevel3, "三级指标"},
        std::pair{Column::kValue, "指标值"}})
    if (layout.Field(column) < 0) {
      AddError(diagnostics, SourceLocation{file, layout.line, 0},
               std::string("申报表缺少「") + name + "」列",
               "第一行是列名：项目名称、一级指标、二级指标、三级指标、绩效指标性质、指标值、"
               "度量单位、指标方向性（权重可选）");
      ok = false;
    }
  return ok;
}

// Reads one data row's cells by column.
class RowReader {
 public:
  RowReader(const std::vector<CsvField>& row, const Layout& layout, const std::string& file)
      : row_(row), layout_(layout), file_(file) {}
  std::string Text(Column c) const {
    int i = layout_.Field(c);
    if (i < 0 || static_cast<size_t>(i) >= row_.size()) return "";
    return std::string(Trim(row_[static_cast<size_t>(i)].text));
  }
  SourceLocation At(Column c) const {
    int i = layout_.Field(c);
    if (i < 0 || static_cast<size_t>(i) >= row_.size()) return At();
    return SourceLocation{file_, row_[static_cast<size_t>(i)].line,
                          row_[static_cast<size_t>(i)].column};
  }
  SourceLocation At() const {
    return SourceLocation{file_, row_.front().line, row_.front().column};
  }

 private:
  const std::vector<CsvField>& row_;
  const Layout& layout_;
  const std::string& file_;
};

std::optional<double> Number(const std::string& text) {
  Value v = ParseValue(text);
  if (v.kind != ValueKind::kNumber || !v.error.empty() || v.comparator != Comparator::kNone)
    return std::nullopt;
  return v.number;
}

// 优良中低差: the table's whole scale in place of a target grade (three or more of its labels
// and nothing else).
bool IsWholeScale(std::string_view s) {
  std::string text = RemoveWhitespace(s);
  if (text.size() < 9 || text.size() % 3 != 0) return false;
  for (size_t i = 0; i < text.size(); i += 3) {
    std::string_view c = std::string_view(text).substr(i, 3);
    if (c != "优" && c != "良" && c != "中" && c != "低" && c != "差") return false;
  }
  return true;
}

void Warn(std::vector<Diagnostic>& out, SourceLocation at, std::string message, std::string hint,
          std::string path, Severity severity = Severity::kWarning) {
  out.push_back({severity, std::move(at), std::move(path), std::move(message), std::move(hint)});
}

// Nature, value, unit and direction of a row into `d`, with every check of them.
void ReadTarget(const RowReader& r, const std::string& path, DeclaredIndicator& d,
                std::vector<Diagnostic>& diagnostics) {
  d.value = r.Text(Column::kValue);
  d.unit = r.Text(Column::kMeasure);
  std::string nature_text = r.Text(Column::kNature);
  std::optional<Comparator> nature = ParseComparator(nature_text);
  if (!nature) {
    AddError(diagnostics, r.At(Column::kNature), "无法识别的绩效指标性质「" + nature_text + "」",
             "写 ≥、≤、=、>、< 或 定性", path);
    return;
  }
  Value written = ParseValue(d.value);
  d.nature = *nature;
  if (d.nature == Comparator::kNone)
    d.nature = written.kind == ValueKind::kText ? Comparator::kQualitative : written.comparator;
  if (d.nature == Comparator::kQualitative) {
    d.target = d.value;
    if (written.kind == ValueKind::kNumber)
      Warn(diagnostics, r.At(Column::kValue), "定性指标的指标值「" + d.value + "」是数值",
           "数值目标请把绩效指标性质改为 ≥、≤ 或 =；定性目标请写出要达到的程度", path);
    else if (d.value.empty())
      Warn(diagnostics, r.At(Column::kValue), "定性指标没有写指标值", "写出要达到的程度，如 良好",
           path);
    else if (IsWholeScale(d.value))
      Warn(diagnostics, r.At(Column::kValue),
           "指标值「" + d.value + "」是整个等级序列，没有写出目标档次",
           "写出要达到的档次，如 优；骨架中原样保留", path, Severity::kNote);
  } else {
    if (d.value.empty()) {
      AddError(diagnostics, r.At(Column::kValue), "缺少指标值", "写出数值目标，如 95", path);
      return;
    }
    std::string prefix = written.comparator == Comparator::kNone && d.nature != Comparator::kNone
                             ? std::string(ComparatorSymbol(d.nature))
                             : "";
    // A value that already carries the unit (an XLSX percentage cell reads "95%") keeps it once.
    d.target = prefix + d.value + (written.unit == d.unit ? "" : d.unit);
    Value target = ParseValue(d.target);
    if ((target.kind != ValueKind::kNumber && target.kind != ValueKind::kDeadline) ||
        !target.error.empty()) {
      AddError(diagnostics, r.At(Column::kValue), "指标值「" + d.value + "」读不出数值",
               target.error.empty() ? "写成数值，如 95；文字目标请把性质改为 定性" : target.error,
               path);
      return;
    }
    if (target.kind == ValueKind::kNumber && target.unit.empty())
      Warn(diagnostics, r.At(Column::kMeasure), "数值指标没有度量单位",
           "在度量单位列写出单位，如 个、%、万元", path);
  }
  std::string direction = r.Text(Column::kDirection);
  if (direction.empty()) return;
  if (direction.starts_with("正向"))
    d.direction = Direction::kPositive;
  else if (direction.starts_with("反向"))
    d.direction = Direction::kNegative;
  else {
    AddError(diagnostics, r.At(Column::kDirection), "无法识别的指标方向性「" + direction + "」",
             "写 正向 或 反向", path);
    return;
  }
  bool ceiling = d.nature == Comparator::kAtMost || d.nature == Comparator::kLessThan;
  bool floor = d.nature == Comparator::kAtLeast || d.nature == Comparator::kMoreThan;
  if ((ceiling && *d.direction == Direction::kPositive) ||
      (floor && *d.direction == Direction::kNegative))
    Warn(
        diagnostics, r.At(Column::kDirection),
        "绩效指标性质「" + std::string(ComparatorSymbol(d.nature)) + "」与指标方向性「" +
            direction + "」矛盾",
        ceiling ? "「≤」是上限，应为反向；核对性质或方向" : "「≥」是下限，应为正向；核对性质或方向",
        path);
}

void CheckWeights(const DeclaredProject& p, std::vector<Diagnostic>& diagnostics) {
  double sum = 0;
  bool any = false;
  for (const DeclaredIndicator& d : p.indicators) {
    any |= d.weight.has_value();
    sum += d.weight.value_or(0);
  }
  if (any && std::abs(sum - 100) > 0.005)
    Warn(diagnostics, p.where,
         "项目「" + p.name + "」各指标权重之和为 " + NumberText(sum) + "，不是 100",
         "调整各指标的权重，使其合计 100", p.name);
}

}  // namespace

bool ReadDeclaration(const std::vector<std::vector<CsvField>>& grid, const std::string& file,
                     Declaration& out, std::vector<Diagnostic>& diagnostics) {
  out = Declaration{file, {}};
  size_t first = 0;
  while (first < grid.size() && IsBlankRow(grid[first])) ++first;
  if (first == grid.size()) {
    AddError(diagnostics, SourceLocation{file, 0, 0}, "申报表是空的",
             "第一行写列名，其后每行一个指标");
    return false;
  }
  Layout layout;
  size_t errors_before = diagnostics.size();
  if (!ReadHeader(grid[first], file, layout, diagnostics)) return false;
  DeclaredProject* project = nullptr;
  std::string level1, level2;
  for (size_t i = first + 1; i < grid.size(); ++i) {
    if (IsBlankRow(grid[i])) continue;
    RowReader r(grid[i], layout, file);
    if (std::string name = r.Text(Column::kProjectName); !name.empty()) {
      project = nullptr;
      for (DeclaredProject& p : out.projects)
        if (p.name == name) project = &p;
      if (project == nullptr) {
        DeclaredProject& p = out.projects.emplace_back();
        p.name = name;
        p.unit = r.Text(Column::kUnit);
        p.department = r.Text(Column::kDepartment);
        p.category = r.Text(Column::kCategory);
        p.goal = r.Text(Column::kGoal);
        p.budget_unit = layout.budget_unit;
        p.where = r.At(Column::kProjectName);
        if (std::string budget = r.Text(Column::kBudget); !budget.empty()) {
          p.budget = Number(budget);
          if (!p.budget)
            AddError(diagnostics, r.At(Column::kBudget), "项目总额「" + budget + "」不是数值",
                     "写成数值，单位写在列名的括号里，如 项目总额（万元）", name);
        }
        project = &p;
      }
      level1.clear();
      level2.clear();
    } else if (project == nullptr) {
      AddError(diagnostics, r.At(Column::kProjectName), "第一个指标行没有项目名称",
               "在项目名称列写出项目名称（合并单元格的值写在第一行）");
      continue;
    }
    DeclaredIndicator d;
    d.where = r.At();
    if (std::string l1 = r.Text(Column::kLevel1); !l1.empty() && l1 != level1) {
      level1 = l1;
      level2.clear();
    }
    if (std::string l2 = r.Text(Column::kLevel2); !l2.empty()) level2 = l2;
    d.level1 = level1;
    d.level2 = level2;
    d.level3 = r.Text(Column::kLevel3);
    d.activity = r.Text(Column::kActivity);
    d.task = r.Text(Column::kTask);
    std::string path = project->name + "/" + d.level1 + "/" + d.level2 + "/" + d.level3;
    if (d.level3.empty()) {
      AddError(diagnostics, r.At(Column::kLevel3), "缺少三级指标", "写出指标名称", path);
      continue;
    }
    if (d.level1.empty() || d.level2.empty())
      Warn(diagnostics, r.At(Column::kLevel1), "指标没有一级或二级指标",
           "写出一级指标和二级指标，如 产出指标、数量指标", path);
    ReadTarget(r, path, d, diagnostics);
    if (std::string weight = r.Text(Column::kWeight); !weight.empty()) {
      d.weight = Number(weight);
      if (!d.weight)
        AddError(diagnostics, r.At(Column::kWeight), "权重「" + weight + "」不是数值",
                 "写成数值，如 20", path);
    }
    project->indicators.push_back(std::move(d));
  }
  for (const DeclaredProject& p : out.projects) CheckWeights(p, diagnostics);
  for (size_t i = errors_before; i < diagnostics.size(); ++i)
    if (diagnostics[i].severity == Severity::kError) return false;
  return true;
}

bool ReadDeclarationFile(std::string_view bytes, const std::string& file, const std::string& sheet,
                         Declaration& out, std::vector<Diagnostic>& diagnostics) {
  CsvTable table;
  bool read = IsXlsxPath(file) ? ReadXlsx(bytes, file, sheet, table, diagnostics)
                               : ReadCsv(bytes, file, table, diagnostics);
  if (!read) return false;
  return ReadDeclaration(table.rows, file, out, diagnostics);
}

}  // namespace jixiao
