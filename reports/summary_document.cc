#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "reports/labels.h"
#include "reports/summary_labels.h"
#include "reports/summary_prose.h"
#include "reports/summary_report.h"

namespace jixiao {
namespace {

struct FormatName {
  std::string_view name;
  SummaryFormat format;
};

constexpr FormatName kFormats[] = {
    {"md", SummaryFormat::kMarkdown},
    {"markdown", SummaryFormat::kMarkdown},
    {"html", SummaryFormat::kHtml},
    {"pdf", SummaryFormat::kPdf},
};

struct Builder {
  const DepartmentSummary& s;
  int places = PointPlaces(s.rounding);

  std::string Points(double points) const { return FormatPoints(points, places); }
  std::string Score(double score) const { return FormatScoreBrief(score, s.rounding); }
};

// A column of text or of figures. `kind` only sets its width in the HTML table (names and prose
// wide, counts narrow; reports/html_table.h): names are kLevel, counts kWeight, an indicator's
// whole path kCriteria (the widest).
FormColumn Text(std::string_view title, ColumnKind kind = ColumnKind::kLevel) {
  FormColumn column;
  column.title = title;
  column.kind = kind;
  return column;
}

FormColumn Number(std::string_view title, ColumnKind kind = ColumnKind::kWeight) {
  FormColumn column = Text(title, kind);
  column.numeric = true;
  return column;
}

SummarySection NewSection(std::string id, std::string heading) {
  SummarySection section;
  section.id = std::move(id);
  section.heading = std::move(heading);
  return section;
}

BarChart NewChart(std::string title) {
  BarChart chart;
  chart.title = std::move(title);
  return chart;
}

FormCell TextCell(std::string text) {
  FormCell cell;
  cell.text = std::move(text);
  return cell;
}

FormCell NumberCell(std::string text) {
  FormCell cell = TextCell(std::move(text));
  cell.numeric = true;
  return cell;
}

FormCell CountCell(size_t count) { return NumberCell(std::to_string(count)); }

FormCell OptionalShareCell(const std::optional<double>& percent) {
  return NumberCell(percent ? FormatShare(*percent) : std::string(kNotANumber));
}

std::string Count(size_t n, std::string_view unit) { return std::to_string(n) + std::string(unit); }

std::string ShareOf(size_t part, size_t whole) {
  if (whole == 0) return std::string(kNotANumber);
  return FormatShare(static_cast<double>(part) / static_cast<double>(whole) * 100);
}

std::string BinLabel(const ScoreBin& bin, bool first) {
  std::string high = FormatDecimalPlaces(bin.high, 2);
  if (first) return std::string(kBinBelow) + high;
  return FormatDecimalPlaces(bin.low, 2) + std::string(kBinDash) + high;
}

std::string BelowHeading(const Builder& b) {
  return fmt::format("总分低于 {} 分的项目", b.Score(b.s.threshold));
}

std::vector<FormField> Facts(const Builder& b) {
  const DepartmentSummary& s = b.s;
  std::vector<FormField> facts;
  auto add = [&](std::string_view label, std::string value) {
    facts.push_back({std::string(label), std::move(value)});
  };
  add(kFactProjects, Count(s.projects.size(), kUnitProjects));
  if (s.department_projects) {
    add(kFactDepartmentProjects,
        std::to_string(*s.department_projects) + std::string(kUnitProjects));
    if (s.share_percent) add(kFactShare, FormatShare(*s.share_percent));
  } else {
    add(kFactDepartmentProjects, std::string(kFactNoDepartmentProjects));
  }
  add(kFactFullYear, FormatMoney(s.full_year_wan) + std::string(kUnitWan));
  add(kFactExecuted, FormatMoney(s.executed_wan) + std::string(kUnitWan));
  if (s.execution_rate_percent) add(kFactRate, FormatShare(*s.execution_rate_percent));
  if (s.funded_projects < s.projects.size())
    add(kFactUnfunded, Count(s.projects.size() - s.funded_projects, kUnitProjects));
  if (s.mean_total) add(kFactMean, b.Score(*s.mean_total) + std::string(kUnitPoints));
  if (s.max_total) add(kFactHighest, b.Score(*s.max_total) + std::string(kUnitPoints));
  if (s.min_total) add(kFactLowest, b.Score(*s.min_total) + std::string(kUnitPoints));
  add(kFactDeductions, fmt::format("{} 项，其中 {} 项未填写偏差原因", s.deductions.size(),
                                   s.deductions_without_note));
  add(kFactPointsLost, b.Points(s.points_lost) + std::string(kUnitPoints));
  add(kFactBelow,
      fmt::format("{} 个（阈值 {} 分）", s.below_threshold.size(), b.Score(s.threshold)));
  return facts;
}

SummarySection Distribution(const Builder& b) {
  SummarySection section = NewSection("distribution", std::string(kSectionDistribution));
  BarChart chart = NewChart(std::string(kSectionDistribution) + std::string(kChartProjects));
  section.columns = {Text(kColumnBin), Number(kColumnProjects),
                     Number(kColumnShare, ColumnKind::kRate)};
  for (size_t i = 0; i < b.s.histogram.size(); ++i) {
    const ScoreBin& bin = b.s.histogram[i];
    std::string label = BinLabel(bin, i == 0);
    chart.bars.push_back({label, static_cast<double>(bin.count), std::to_string(bin.count)});
    section.rows.push_back({TextCell(label), CountCell(bin.count),
                            NumberCell(ShareOf(bin.count, b.s.projects.size()))});
  }
  section.chart = std::move(chart);
  section.notes.emplace_back(kBinNote);
  for (const SummaryProject& p : b.s.projects)
    if (p.max_total != 100) {
      section.notes.emplace_back(kBinScaledNote);
      break;
    }
  return section;
}

SummarySection Grades(const Builder& b) {
  SummarySection section = NewSection("grades", std::string(kSectionGrades));
  BarChart chart = NewChart(std::string(kSectionGrades) + std::string(kChartProjects));
  section.columns = {Text(kLabelGrade, ColumnKind::kWeight), Number(kColumnProjects),
                     Number(kColumnShare, ColumnKind::kRate)};
  for (const GradeCount& g : b.s.grades) {
    chart.bars.push_back({g.label, static_cast<double>(g.count), std::to_string(g.count)});
    section.rows.push_back(
        {TextCell(g.label), CountCell(g.count), NumberCell(ShareOf(g.count, b.s.projects.size()))});
  }
  section.chart = std::move(chart);
  return section;
}

// The columns and a row of the group tables (一级指标, 二级指标).
std::vector<FormColumn> LossColumns(int level) {
  return {Text(LevelTitle(level)),
          Number(kColumnProjects),
          Number(kColumnPoints, ColumnKind::kScore),
          Number(kColumnScored, ColumnKind::kScore),
          Number(kColumnLost, ColumnKind::kScore),
          Number(kColumnAttainment, ColumnKind::kRate),
          Number(kColumnLostShare, ColumnKind::kRate),
          Number(kColumnProjectsLosing),
          Number(kColumnDeductions)};
}

CellRow LossRow(const Builder& b, const GroupLoss& g) {
  return {TextCell(g.path),
          CountCell(g.projects),
          NumberCell(b.Points(g.points)),
          NumberCell(b.Points(g.scored)),
          NumberCell(b.Points(g.lost)),
          OptionalShareCell(g.attainment_percent),
          OptionalShareCell(g.lost_share_percent),
          CountCell(g.projects_losing),
          CountCell(g.deductions)};
}

SummarySection Level1(const Builder& b) {
  SummarySection section = NewSection("level1", std::string(kSectionLevel1));
  BarChart chart = NewChart(std::string(kChartPointsLost));
  chart.horizontal = true;
  section.columns = LossColumns(1);
  for (const GroupLoss& g : b.s.level1) {
    chart.bars.push_back({g.path, g.lost, b.Points(g.lost)});
    section.rows.push_back(LossRow(b, g));
  }
  section.chart = std::move(chart);
  section.empty_text = kNoRows;
  return section;
}

SummarySection Weakest(const Builder& b) {
  SummarySection section = NewSection("weakest", std::string(kSectionWeakest));
  section.columns = LossColumns(2);
  for (const GroupLoss& g : b.s.weakest) section.rows.push_back(LossRow(b, g));
  section.empty_text = kNoLoss;
  section.notes.emplace_back(kWeakestNote);
  return section;
}

SummarySection Below(const Builder& b) {
  SummarySection section = NewSection("below", BelowHeading(b));
  section.columns = {Text(kLabelProjectName), Text(kLabelUnit),
                     Number(kLabelTotal, ColumnKind::kScore),
                     Text(kLabelGrade, ColumnKind::kWeight), Number(kColumnDeductions)};
  for (size_t i : b.s.below_threshold) {
    const SummaryProject& p = b.s.projects[i];
    section.rows.push_back({TextCell(p.name), TextCell(p.unit), NumberCell(b.Points(p.total)),
                            TextCell(p.grade), CountCell(p.deductions)});
  }
  section.empty_text = "没有" + BelowHeading(b) + "。";
  return section;
}

SummarySection Deductions(const Builder& b) {
  SummarySection section = NewSection("deductions", std::string(kSectionDeductions));
  ValueColumnTitles titles = ValueTitles(FormLayout::kProjectSelfEvaluation);
  section.columns = {Text(kLabelProjectName),
                     Text(kColumnIndicator, ColumnKind::kCriteria),
                     Text(titles.target, ColumnKind::kTarget),
                     Text(titles.actual, ColumnKind::kActual),
                     Number(kLabelWeight),
                     Number(kLabelScore, ColumnKind::kScore),
                     Number(kColumnDeducted, ColumnKind::kScore),
                     Text(kLabelNote, ColumnKind::kNote)};
  bool any_override = false;
  for (const Deduction& d : b.s.deductions) {
    FormCell score = d.outcome == Outcome::kScored ? NumberCell(b.Points(d.score))
                                                   : TextCell(std::string(OutcomeLabel(d.outcome)));
    if (d.overridden) score.mark = kOverrideMark;
    any_override |= d.overridden;
    section.rows.push_back({TextCell(d.project), TextCell(d.path), TextCell(d.target_text),
                            TextCell(d.actual_text), NumberCell(b.Points(d.points)), score,
                            NumberCell(b.Points(d.lost)),
                            TextCell(d.note.empty() ? std::string(kNoteMissing) : d.note)});
  }
  section.empty_text = kNoDeductions;
  if (!b.s.deductions.empty())
    section.notes.push_back(fmt::format("共 {} 项扣分，其中 {} 项未填写偏差原因分析及改进措施。",
                                        b.s.deductions.size(), b.s.deductions_without_note));
  if (any_override) section.notes.emplace_back(kOverrideNote);
  return section;
}

std::string OptionalMoney(const std::optional<double>& amount) {
  return amount ? FormatMoney(*amount) : std::string(kNotANumber);
}

SummarySection Projects(const Builder& b) {
  SummarySection section = NewSection("projects", std::string(kSectionProjects));
  section.columns = {Number(kColumnNumber),
                     Text(kLabelProjectName),
                     Text(kLabelUnit),
                     Number(kColumnFullYearWan, ColumnKind::kAmount),
                     Number(kColumnExecutedWan, ColumnKind::kAmount),
                     Number(kLabelExecutionRate, ColumnKind::kRate),
                     Number(kLabelTotal, ColumnKind::kScore),
                     Text(kLabelGrade, ColumnKind::kWeight),
                     Number(kColumnDeductions)};
  for (size_t i = 0; i < b.s.projects.size(); ++i) {
    const SummaryProject& p = b.s.projects[i];
    section.rows.push_back(
        {CountCell(i + 1), TextCell(p.name), TextCell(p.unit),
         NumberCell(OptionalMoney(p.full_year_wan)), NumberCell(OptionalMoney(p.executed_wan)),
         OptionalShareCell(p.execution_rate_percent), NumberCell(b.Points(p.total)),
         TextCell(p.grade), CountCell(p.deductions)});
  }
  section.empty_text = kNoProjects;
  return section;
}

}  // namespace

std::optional<SummaryFormat> ParseSummaryFormat(std::string_view name) {
  for (const FormatName& f : kFormats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

SummaryDocument BuildSummaryDocument(const DepartmentSummary& summary) {
  Builder b{summary};
  SummaryDocument doc;
  doc.title = kSummaryTitle;
  if (!summary.stamp.id.empty())
    doc.stamp = StampLine(summary.stamp.id, summary.stamp.version, summary.stamp.hash);
  doc.overall_prose = DepartmentSummaryProse(summary);
  for (const SummaryProject& p : summary.projects)
    doc.project_prose.push_back({p.name, ProjectSummaryProse(p, summary.rounding)});
  doc.facts = Facts(b);
  doc.sections = {Distribution(b), Grades(b),     Level1(b),  Weakest(b),
                  Below(b),        Deductions(b), Projects(b)};
  return doc;
}

}  // namespace jixiao
