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
    {"md", SummaryFormat::kMarkdown}, {"markdown", SummaryFormat::kMarkdown},
    {"html", SummaryFormat::kHtml},   {"pdf", SummaryFormat::kPdf},
    {"xlsx", SummaryFormat::kXlsx},
};

// A column: its title, what its cells hold, and (for text) how wide it is in the HTML table
// (reports/html_table.h sizes columns by ColumnKind: names kLevel, an indicator's whole path
// kCriteria, the widest); figures get the width of their kind.
struct ColumnSpec {
  std::string title;
  SummaryFigure figure = SummaryFigure::kText;
  ColumnKind width = ColumnKind::kLevel;
};

ColumnSpec Text(std::string_view title, ColumnKind width = ColumnKind::kLevel) {
  return {std::string(title), SummaryFigure::kText, width};
}

ColumnSpec Figure(std::string_view title, SummaryFigure figure) {
  switch (figure) {
    case SummaryFigure::kPoints:
      return {std::string(title), figure, ColumnKind::kScore};
    case SummaryFigure::kPercent:
      return {std::string(title), figure, ColumnKind::kRate};
    case SummaryFigure::kMoney:
      return {std::string(title), figure, ColumnKind::kAmount};
    case SummaryFigure::kText:
    case SummaryFigure::kCount:
      break;
  }
  return {std::string(title), figure, ColumnKind::kWeight};
}

void SetColumns(SummarySection& section, const std::vector<ColumnSpec>& specs) {
  for (const ColumnSpec& spec : specs) {
    FormColumn column;
    column.title = spec.title;
    column.kind = spec.width;
    column.numeric = spec.figure != SummaryFigure::kText;
    section.columns.push_back(std::move(column));
    section.figures.push_back(spec.figure);
  }
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

// A figure: its text as labels.h writes it, and the number behind it for formats that store
// numbers (XLSX); "—" and no number when there is none.
FormCell NumberCell(std::string text, std::optional<double> value) {
  FormCell cell = TextCell(std::move(text));
  cell.numeric = true;
  cell.value = value;
  return cell;
}

FormCell CountCell(size_t count) {
  return NumberCell(std::to_string(count), static_cast<double>(count));
}

FormCell ShareCell(const std::optional<double>& percent) {
  return NumberCell(percent ? FormatShare(*percent) : std::string(kNotANumber), percent);
}

FormCell MoneyCell(const std::optional<double>& amount) {
  return NumberCell(amount ? FormatMoney(*amount) : std::string(kNotANumber), amount);
}

// What the sections are made from; copied into the row makers of the long tables, with the
// summary they read kept alive by the document.
struct Builder {
  const DepartmentSummary& s;
  int places = PointPlaces(s.rounding);

  std::string Points(double points) const { return FormatPoints(points, places); }
  FormCell PointsCell(double points) const { return NumberCell(Points(points), points); }
  std::string Score(double score) const { return FormatScoreBrief(score, s.rounding); }
};

std::string Count(size_t n, std::string_view unit) { return std::to_string(n) + std::string(unit); }

std::optional<double> ShareOf(size_t part, size_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole) * 100;
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
  if (s.funded_projects > 0) {
    add(kFactFullYear, FormatMoney(s.full_year_wan) + std::string(kUnitWan));
    add(kFactExecuted, FormatMoney(s.executed_wan) + std::string(kUnitWan));
  }
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
  SetColumns(section, {Text(kColumnBin), Figure(kColumnProjects, SummaryFigure::kCount),
                       Figure(kColumnShare, SummaryFigure::kPercent)});
  for (size_t i = 0; i < b.s.histogram.size(); ++i) {
    const ScoreBin& bin = b.s.histogram[i];
    std::string label = BinLabel(bin, i == 0);
    chart.bars.push_back({label, static_cast<double>(bin.count), std::to_string(bin.count)});
    section.rows.push_back({TextCell(label), CountCell(bin.count),
                            ShareCell(ShareOf(bin.count, b.s.projects.size()))});
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
  SetColumns(section, {Text(kLabelGrade, ColumnKind::kWeight),
                       Figure(kColumnProjects, SummaryFigure::kCount),
                       Figure(kColumnShare, SummaryFigure::kPercent)});
  for (const GradeCount& g : b.s.grades) {
    chart.bars.push_back({g.label, static_cast<double>(g.count), std::to_string(g.count)});
    section.rows.push_back(
        {TextCell(g.label), CountCell(g.count), ShareCell(ShareOf(g.count, b.s.projects.size()))});
  }
  section.chart = std::move(chart);
  return section;
}

// The columns and a row of the group tables (一级指标, 二级指标).
std::vector<ColumnSpec> LossColumns(int level) {
  return {Text(LevelTitle(level)),
          Figure(kColumnProjects, SummaryFigure::kCount),
          Figure(kColumnPoints, SummaryFigure::kPoints),
          Figure(kColumnScored, SummaryFigure::kPoints),
          Figure(kColumnLost, SummaryFigure::kPoints),
          Figure(kColumnAttainment, SummaryFigure::kPercent),
          Figure(kColumnLostShare, SummaryFigure::kPercent),
          Figure(kColumnProjectsLosing, SummaryFigure::kCount),
          Figure(kColumnDeductions, SummaryFigure::kCount)};
}

CellRow LossRow(const Builder& b, const GroupLoss& g) {
  return {TextCell(g.path),
          CountCell(g.projects),
          b.PointsCell(g.points),
          b.PointsCell(g.scored),
          b.PointsCell(g.lost),
          ShareCell(g.attainment_percent),
          ShareCell(g.lost_share_percent),
          CountCell(g.projects_losing),
          CountCell(g.deductions)};
}

SummarySection Level1(const Builder& b) {
  SummarySection section = NewSection("level1", std::string(kSectionLevel1));
  BarChart chart = NewChart(std::string(kChartPointsLost));
  chart.horizontal = true;
  SetColumns(section, LossColumns(1));
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
  SetColumns(section, LossColumns(2));
  for (const GroupLoss& g : b.s.weakest) section.rows.push_back(LossRow(b, g));
  section.empty_text = kNoLoss;
  section.notes.emplace_back(kWeakestNote);
  return section;
}

SummarySection Below(const Builder& b) {
  SummarySection section = NewSection("below", BelowHeading(b));
  SetColumns(
      section,
      {Text(kLabelProjectName), Text(kLabelUnit), Figure(kLabelTotal, SummaryFigure::kPoints),
       Text(kLabelGrade, ColumnKind::kWeight), Figure(kColumnDeductions, SummaryFigure::kCount)});
  for (size_t i : b.s.below_threshold) {
    const SummaryProject& p = b.s.projects[i];
    section.rows.push_back({TextCell(p.name), TextCell(p.unit), b.PointsCell(p.total),
                            TextCell(p.grade), CountCell(p.deductions)});
  }
  section.empty_text = "没有" + BelowHeading(b) + "。";
  return section;
}

SummarySection Deductions(const Builder& b) {
  SummarySection section = NewSection("deductions", std::string(kSectionDeductions));
  ValueColumnTitles titles = ValueTitles(FormLayout::kProjectSelfEvaluation);
  SetColumns(
      section,
      {Text(kLabelProjectName), Text(kColumnIndicator, ColumnKind::kCriteria),
       Text(titles.target, ColumnKind::kTarget), Text(titles.actual, ColumnKind::kActual),
       Figure(kLabelWeight, SummaryFigure::kPoints), Figure(kLabelScore, SummaryFigure::kPoints),
       Figure(kColumnDeducted, SummaryFigure::kPoints), Text(kLabelNote, ColumnKind::kNote)});
  section.made_rows = b.s.deductions.size();
  section.make_row = [b](size_t i) {
    const Deduction& d = b.s.deductions[i];
    FormCell score = d.outcome == Outcome::kScored ? b.PointsCell(d.score)
                                                   : TextCell(std::string(OutcomeLabel(d.outcome)));
    if (d.overridden) score.mark = kOverrideMark;
    return CellRow{TextCell(b.s.projects[d.project].name),
                   TextCell(b.s.paths[d.path]),
                   TextCell(d.target_text),
                   TextCell(d.actual_text),
                   b.PointsCell(d.points),
                   score,
                   b.PointsCell(d.lost),
                   TextCell(d.note.empty() ? std::string(kNoteMissing) : d.note)};
  };
  bool any_override = false;
  for (const Deduction& d : b.s.deductions) any_override |= d.overridden;
  section.empty_text = kNoDeductions;
  if (!b.s.deductions.empty())
    section.notes.push_back(fmt::format("共 {} 项扣分，其中 {} 项未填写偏差原因分析及改进措施。",
                                        b.s.deductions.size(), b.s.deductions_without_note));
  if (any_override) section.notes.emplace_back(kOverrideNote);
  return section;
}

SummarySection Projects(const Builder& b) {
  SummarySection section = NewSection("projects", std::string(kSectionProjects));
  SetColumns(section,
             {Figure(kColumnNumber, SummaryFigure::kCount), Text(kLabelProjectName),
              Text(kLabelUnit), Figure(kColumnFullYearWan, SummaryFigure::kMoney),
              Figure(kColumnExecutedWan, SummaryFigure::kMoney),
              Figure(kLabelExecutionRate, SummaryFigure::kPercent),
              Figure(kLabelTotal, SummaryFigure::kPoints), Text(kLabelGrade, ColumnKind::kWeight),
              Figure(kColumnDeductions, SummaryFigure::kCount)});
  section.made_rows = b.s.projects.size();
  section.make_row = [b](size_t i) {
    const SummaryProject& p = b.s.projects[i];
    return CellRow{
        CountCell(i + 1),           TextCell(p.name),          TextCell(p.unit),
        MoneyCell(p.full_year_wan), MoneyCell(p.executed_wan), ShareCell(p.execution_rate_percent),
        b.PointsCell(p.total),      TextCell(p.grade),         CountCell(p.deductions)};
  };
  section.empty_text = kNoProjects;
  return section;
}

}  // namespace

std::optional<SummaryFormat> ParseSummaryFormat(std::string_view name) {
  for (const FormatName& f : kFormats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

void SummarySection::ForEachRow(const std::function<void(const CellRow&)>& visit) const {
  for (const CellRow& row : rows) visit(row);
  for (size_t i = 0; i < made_rows; ++i) visit(make_row(i));
}

void SummaryDocument::ForEachProjectProse(
    const std::function<void(const FormField&)>& visit) const {
  if (!summary) return;
  for (const SummaryProject& p : summary->projects)
    visit({p.name, ProjectSummaryProse(p, summary->rounding)});
}

SummaryDocument BuildSummaryDocument(DepartmentSummary department) {
  SummaryDocument doc;
  doc.summary = std::make_shared<const DepartmentSummary>(std::move(department));
  const DepartmentSummary& summary = *doc.summary;
  Builder b{summary};
  doc.title = kSummaryTitle;
  doc.point_places = b.places;
  if (!summary.stamp.id.empty())
    doc.stamp = StampLine(summary.stamp.id, summary.stamp.version, summary.stamp.hash);
  doc.overall_prose = DepartmentSummaryProse(summary);
  doc.facts = Facts(b);
  doc.sections = {Distribution(b), Grades(b),     Level1(b),  Weakest(b),
                  Below(b),        Deductions(b), Projects(b)};
  return doc;
}

std::string CollectSummaryText(bool (*write)(const SummaryDocument&, SummaryWriter&),
                               const SummaryDocument& document) {
  std::string whole;
  SummaryWriter w([&](std::string_view piece) {
    whole += piece;
    return true;
  });
  write(document, w);
  return whole;
}

}  // namespace jixiao
