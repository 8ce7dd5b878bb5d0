#include "indicators/project_rows.h"

#include <algorithm>
#include <charconv>

#include "indicators/method.h"
#include "indicators/number_text.h"
#include "indicators/utf8.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

size_t Index(ProjectColumn c) { return static_cast<size_t>(c); }

std::string AllMethodNames() {
  std::string out;
  for (RuleKind kind : AllRuleKinds()) {
    if (!out.empty()) out += "、";
    out += std::string(RuleKindCode(kind)) + " " + std::string(RuleKindLabel(kind));
  }
  return out;
}

// "52", "-1.5", "2.27" without allocating; nullopt for anything else.
std::optional<double> ParsePlainNumber(std::string_view s) {
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-')) return std::nullopt;
  double value = 0;
  auto result = std::from_chars(s.data(), s.data() + s.size(), value);
  if (result.ec != std::errc() || result.ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

std::optional<bool> ParseYesNo(std::string_view s) {
  for (std::string_view yes : {"是", "true", "1", "√", "✓", "✔", "y", "yes", "不适用"})
    if (EqualsIgnoringAsciiCase(s, yes)) return true;
  for (std::string_view no : {"否", "false", "0", "×", "✗", "n", "no", "适用"})
    if (EqualsIgnoringAsciiCase(s, no)) return false;
  return std::nullopt;
}

// An entry's path for diagnostics, built only when there is a problem.
std::string Path(const IndicatorEntry* e) {
  if (e == nullptr) return {};
  if (!e->ref.empty()) return e->ref;
  return e->group.empty() ? e->name : e->group + "/" + e->name;
}

}  // namespace

bool ReadProjectCsvFileHeader(const std::vector<CsvField>& header, ProjectCsvFile& file,
                              std::vector<Diagnostic>& diagnostics) {
  file.unnamed_reported.assign(header.size(), false);
  return ReadProjectCsvHeader(header, file.name, file.layout, diagnostics);
}

namespace {

// The name's hash, never 0 (the empty slot).
uint64_t NameHash(std::string_view name) {
  const uint64_t hash = std::hash<std::string_view>{}(name);
  return hash == 0 ? 1 : hash;
}

}  // namespace

size_t ProjectNames::Slot(uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  while (slots_[i] != 0 && slots_[i] != hash) i = (i + 1) & mask;
  return i;
}

void ProjectNames::Insert(uint64_t hash) {
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, 2 * old.size()), 0);
    count_ = 0;
    for (uint64_t h : old)
      if (h != 0) Insert(h);
  }
  size_t i = Slot(hash);
  if (slots_[i] == 0) {
    slots_[i] = hash;
    ++count_;
  }
}

bool ProjectNames::Seen(std::string_view name) const {
  if (slots_.empty()) return false;
  return slots_[Slot(NameHash(name))] != 0;
}

void ProjectNames::Add(std::string_view name) { Insert(NameHash(name)); }

bool ProjectNames::Merge(const ProjectNames& other) {
  if (!slots_.empty())
    for (uint64_t hash : other.slots_)
      if (hash != 0 && slots_[Slot(hash)] != 0) return false;
  for (uint64_t hash : other.slots_)
    if (hash != 0) Insert(hash);
  return true;
}

std::string_view ProjectRowReader::Cell(ProjectColumn c) const {
  int i = file_.layout.field[Index(c)];
  if (i < 0 || static_cast<size_t>(i) >= row_->size()) return {};
  return Trim((*row_)[static_cast<size_t>(i)].text);
}

SourceLocation ProjectRowReader::Where(ProjectColumn c) const {
  int i = file_.layout.field[Index(c)];
  if (i < 0 || static_cast<size_t>(i) >= row_->size()) return Where(row_->front());
  return Where((*row_)[static_cast<size_t>(i)]);
}

const std::string& ProjectRowReader::Title(ProjectColumn c) const {
  return file_.layout.titles[static_cast<size_t>(file_.layout.field[Index(c)])];
}

std::string_view ProjectNameOf(const ProjectCsvLayout& layout, const std::vector<CsvField>& row) {
  int i = layout.Field(ProjectColumn::kProjectName);
  if (i < 0 || static_cast<size_t>(i) >= row.size()) return {};
  return Trim(row[static_cast<size_t>(i)].text);
}

// A field without a column name must be blank: its content would be lost.
void ProjectRowReader::CheckUnnamedFields() {
  const std::vector<CsvField>& row = *row_;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i < file_.layout.titles.size() && !file_.layout.titles[i].empty()) continue;
    if (Trim(row[i].text).empty()) continue;
    if (i >= file_.unnamed_reported.size()) file_.unnamed_reported.resize(i + 1, false);
    if (file_.unnamed_reported[i]) continue;
    file_.unnamed_reported[i] = true;
    AddError(diagnostics_, Where(row[i]),
             RowLabel() + "第 " + std::to_string(i + 1) + " 列有内容「" +
                 std::string(Trim(row[i].text)) + "」，但这一列没有列名",
             i < file_.layout.titles.size() ? "给这一列加上列名，或删掉这一列"
                                            : "这一行的字段比列名多：检查是否有未加引号的逗号");
  }
}

size_t ProjectRowReader::FindOrAddProject(std::string_view name) {
  if (!projects_.empty() && projects_[last_].name == name) return last_;
  if (finished_ == nullptr) {
    if (auto it = index_.find(name); it != index_.end()) return last_ = it->second;
  } else if (finished_->Seen(name)) {
    // Streaming keeps only the current project: one that ended may not come back.
    AddError(diagnostics_, Where(ProjectColumn::kProjectName),
             RowLabel() + "的项目「" + std::string(name) + "」在前面已经出现过，中间隔着其他项目",
             "逐项目流式评分要求同一项目的各行连续排列：先按项目名称排序（表头行留在第一行）"
             "，或改用 YAML 数据文件");
  }
  last_ = projects_.size();
  Project& p = projects_.emplace_back();
  p.name = std::string(name);
  p.where = Where(ProjectColumn::kProjectName);
  p.budget.unit = file_.layout.budget_unit;
  states_.emplace_back();
  if (finished_ == nullptr) index_.emplace(p.name, last_);
  return last_;
}

void ProjectRowReader::ReadProjectText(ProjectColumn c, std::string& out, ProjectState& state) {
  std::string_view cell = Cell(c);
  if (cell.empty()) return;
  int& first = state.first_line[Index(c)];
  if (first == 0) {
    out = std::string(cell);
    first = row_->front().line;
  } else if (out != cell) {
    AddError(diagnostics_, Where(c),
             RowLabel() + "「" + Title(c) + "」为「" + std::string(cell) + "」，与第 " +
                 std::to_string(first) + " 行的「" + out + "」不一致",
             "同一项目各行的这一列要相同，或只在一行填写");
  }
}

void ProjectRowReader::ReadProjectNumber(ProjectColumn c, std::optional<double>& out,
                                         ProjectState& state, NumberKind kind) {
  std::optional<double> value = ReadNumber(c, kind);
  if (!value) return;
  int& first = state.first_line[Index(c)];
  if (first == 0) {
    out = value;
    first = row_->front().line;
  } else if (*out != *value) {
    AddError(diagnostics_, Where(c),
             RowLabel() + "「" + Title(c) + "」为 " + NumberText(*value) + "，与第 " +
                 std::to_string(first) + " 行的 " + NumberText(*out) + " 不一致",
             "同一项目各行的这一列要相同，或只在一行填写");
  }
}

std::optional<double> ProjectRowReader::ReadNumber(ProjectColumn c, NumberKind kind,
                                                   const IndicatorEntry* entry) {
  std::string_view cell = Cell(c);
  if (cell.empty()) return std::nullopt;
  const std::string& column_unit = file_.layout.units[Index(c)];
  if (std::optional<double> plain = ParsePlainNumber(cell)) {
    if (kind != NumberKind::kMoney || column_unit.empty()) return plain;
    return ConvertUnit(*plain, column_unit, file_.layout.budget_unit);
  }
  Value v = ParseValue(cell);
  bool ok = v.kind == ValueKind::kNumber && v.comparator == Comparator::kNone &&
            v.qualifier.empty() && v.text.empty();
  if (ok) {
    switch (kind) {
      case NumberKind::kPoints:
        ok = v.unit.empty() || v.unit == "分";
        break;
      case NumberKind::kCount:
        ok = !IsMoneyUnit(v.unit) && v.unit != "%" && v.unit != "‰";
        break;
      case NumberKind::kMoney:
        ok = v.unit.empty() || IsMoneyUnit(v.unit);
        break;
    }
  }
  if (!ok) {
    const char* hint = kind == NumberKind::kMoney   ? "填写金额，如 52 或 52万元"
                       : kind == NumberKind::kCount ? "填写次数，如 2"
                                                    : "填写数字，如 5 或 2.27";
    AddError(diagnostics_, Where(c),
             RowLabel() + "「" + Title(c) + "」列的「" + std::string(cell) + "」不是数值", hint,
             Path(entry));
    return std::nullopt;
  }
  if (kind != NumberKind::kMoney) return v.number;
  std::string_view from = v.unit.empty() ? std::string_view(column_unit) : v.unit;
  return ConvertUnit(v.number, from, file_.layout.budget_unit);
}

void ProjectRowReader::ReadRow(const std::vector<CsvField>& row) {
  row_ = &row;
  const size_t first_problem = diagnostics_.size();
  if (std::all_of(row.begin(), row.end(), [](const CsvField& f) { return Trim(f.text).empty(); }))
    return;
  CheckUnnamedFields();
  std::string_view name = Cell(ProjectColumn::kProjectName);
  if (name.empty()) {
    AddError(diagnostics_, Where(ProjectColumn::kProjectName), RowLabel() + "没有填写「项目名称」",
             "每一行都要写项目名称；从合并单元格导出的表请先取消合并并向下填充");
    return;
  }
  size_t p = FindOrAddProject(name);
  Project& project = projects_[p];
  ProjectState& state = states_[p];
  ReadProjectText(ProjectColumn::kDepartment, project.department, state);
  ReadProjectText(ProjectColumn::kUnit, project.unit, state);
  ReadProjectText(ProjectColumn::kGoal, project.goal, state);
  ReadProjectText(ProjectColumn::kAchieved, project.achieved, state);
  ReadProjectText(ProjectColumn::kPublishedGrade, project.published_grade, state);
  ReadProjectNumber(ProjectColumn::kPublishedTotal, project.published_total, state,
                    NumberKind::kPoints);
  BudgetFigures& budget = project.budget;
  for (auto [c, out] : {std::pair{ProjectColumn::kBudgetInitial, &budget.initial},
                        std::pair{ProjectColumn::kBudgetFullYear, &budget.full_year},
                        std::pair{ProjectColumn::kBudgetExecuted, &budget.executed}}) {
    if (budget.where.line == 0 && !Cell(c).empty()) budget.where = Where(c);
    ReadProjectNumber(c, *out, state, NumberKind::kMoney);
  }
  ReadIndicator(project, state);
  // The row's problems in the order of its cells.
  std::stable_sort(diagnostics_.begin() + static_cast<std::ptrdiff_t>(first_problem),
                   diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
                     return a.where.line != b.where.line ? a.where.line < b.where.line
                                                         : a.where.column < b.where.column;
                   });
}

void ProjectRowReader::ReadIndicator(Project& project, ProjectState& state) {
  std::string_view level1 = Cell(ProjectColumn::kLevel1);
  std::string_view level2 = Cell(ProjectColumn::kLevel2);
  if (!level1.empty() && level1 != state.level1) {
    state.level1 = std::string(level1);
    state.level2.clear();  // a new 一级指标 starts a new merged block
  }
  if (!level2.empty()) state.level2 = std::string(level2);
  auto group = [&state] {
    return state.level2.empty()   ? state.level1
           : state.level1.empty() ? state.level2
                                  : state.level1 + "/" + state.level2;
  };

  std::string_view ref = Cell(ProjectColumn::kRef);
  std::string_view name = Cell(ProjectColumn::kLevel3);
  if (ref.empty() && name.empty()) {
    bool has_data = std::any_of(std::begin(kEntryDataColumns), std::end(kEntryDataColumns),
                                [&](ProjectColumn c) { return !Cell(c).empty(); }) ||
                    std::any_of(file_.layout.notes.begin(), file_.layout.notes.end(), [&](int i) {
                      return static_cast<size_t>(i) < row_->size() &&
                             !Trim((*row_)[static_cast<size_t>(i)].text).empty();
                    });
    bool has_points = !Cell(ProjectColumn::kPoints).empty();
    bool has_group = !state.level1.empty() || !state.level2.empty();
    if (!has_data && has_points && has_group) {
      // A group's points (YAML `points:`): 一级指标 written without 二级指标 names the level-1
      // group itself, not the level-2 group a merged cell above would continue.
      if (!level1.empty() && level2.empty()) state.level2.clear();
      if (std::optional<double> points = ReadNumber(ProjectColumn::kPoints, NumberKind::kPoints))
        project.group_points.push_back(
            GroupPoints{group(), *points, Where(ProjectColumn::kPoints)});
    } else if (has_data || has_points) {
      AddError(diagnostics_, Where(row_->front()), RowLabel() + "有指标数据，但没有指标名称",
               "填写「三级指标」列（自定义指标），或「指标」列（模板中的指标编"
               "号或名称）");
    }
    return;
  }
  IndicatorEntry& e = project.entries.emplace_back();
  if (!ref.empty()) {
    e.ref = std::string(ref);
    e.where = Where(ProjectColumn::kRef);
  } else {
    e.group = group();
    e.name = std::string(name);
    e.where = Where(ProjectColumn::kLevel3);
  }
  ReadEntry(e);
}

void ProjectRowReader::ReadEntry(IndicatorEntry& e) {
  e.points = ReadNumber(ProjectColumn::kPoints, NumberKind::kPoints, &e);
  if (std::string_view target = Cell(ProjectColumn::kTarget); !target.empty()) {
    e.target = ParseValue(target);
    if (!e.target->error.empty())
      AddError(diagnostics_, Where(ProjectColumn::kTarget),
               RowLabel() + "「" + Title(ProjectColumn::kTarget) + "」列：" + e.target->error, {},
               Path(&e));
  }
  if (std::string_view actual = Cell(ProjectColumn::kActual); !actual.empty()) {
    e.actual = ParseValue(actual);
    if (!e.actual.error.empty())
      AddError(diagnostics_, Where(ProjectColumn::kActual),
               RowLabel() + "「" + Title(ProjectColumn::kActual) + "」列：" + e.actual.error, {},
               Path(&e));
  }
  if (std::string_view method = Cell(ProjectColumn::kMethod); !method.empty()) {
    std::optional<RuleKind> kind = RuleKindFromName(method);
    if (!kind) kind = RuleKindFromName(RemoveWhitespace(NormalizeNfkc(method)));
    if (kind) {
      e.method = MethodSpec{};
      e.method->kind = *kind;
      e.method->where = Where(ProjectColumn::kMethod);
    } else {
      AddError(diagnostics_, Where(ProjectColumn::kMethod),
               RowLabel() + "「" + Title(ProjectColumn::kMethod) + "」列的「" +
                   std::string(method) + "」不是已知的评分方法",
               "可用的评分方法：" + AllMethodNames() + "（也可写英文名，如 proportional）",
               Path(&e));
    }
  }
  e.criteria = std::string(Cell(ProjectColumn::kCriteria));
  e.band = std::string(Cell(ProjectColumn::kBand));
  e.score = ReadNumber(ProjectColumn::kScore, NumberKind::kPoints, &e);
  e.override_score = ReadNumber(ProjectColumn::kOverride, NumberKind::kPoints, &e);
  e.published_score = ReadNumber(ProjectColumn::kPublishedScore, NumberKind::kPoints, &e);
  e.count = ReadNumber(ProjectColumn::kCount, NumberKind::kCount, &e);
  for (int i : file_.layout.notes) {
    if (static_cast<size_t>(i) >= row_->size()) continue;
    std::string_view note = Trim((*row_)[static_cast<size_t>(i)].text);
    if (note.empty()) continue;
    if (!e.note.empty()) e.note += "；";
    e.note += note;
  }
  if (std::string_view na = Cell(ProjectColumn::kNotApplicable); !na.empty()) {
    if (std::optional<bool> yes = ParseYesNo(na)) {
      e.not_applicable = *yes;
    } else {
      AddError(diagnostics_, Where(ProjectColumn::kNotApplicable),
               RowLabel() + "「" + Title(ProjectColumn::kNotApplicable) + "」列的「" +
                   std::string(na) + "」不是 是/否",
               "填 是 或 否（也可写 1/0、true/false、√）；空着表示适用", Path(&e));
    }
  }
  std::string_view satisfied = Cell(ProjectColumn::kSatisfied);
  while (!satisfied.empty()) {
    size_t cut = satisfied.size();
    size_t skip = 0;
    for (std::string_view sep : {"、", ";", "；"}) {
      size_t at = satisfied.find(sep);
      if (at < cut) {
        cut = at;
        skip = sep.size();
      }
    }
    if (std::string_view item = Trim(satisfied.substr(0, cut)); !item.empty())
      e.satisfied.emplace_back(item);
    satisfied.remove_prefix(std::min(satisfied.size(), cut + skip));
  }
}

}  // namespace jixiao
