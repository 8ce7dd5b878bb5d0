#include "reports/template_diff_report.h"

#include <fmt/format.h>

#include "reports/labels.h"
#include "reports/markdown_text.h"

namespace jixiao {
namespace {

constexpr std::string_view kNone = "（无）";

std::string_view ChangeKindKey(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kMetadata:
      return "metadata";
    case ChangeKind::kExtends:
      return "extends";
    case ChangeKind::kSetting:
      return "setting";
    case ChangeKind::kGrade:
      return "grade";
    case ChangeKind::kScale:
      return "scale";
    case ChangeKind::kAdded:
      return "added";
    case ChangeKind::kRemoved:
      return "removed";
    case ChangeKind::kRenamed:
      return "renamed";
    case ChangeKind::kMoved:
      return "moved";
    case ChangeKind::kPoints:
      return "points";
    case ChangeKind::kMethod:
      return "method";
    case ChangeKind::kIndicatorField:
      return "field";
    case ChangeKind::kCase:
      return "case";
  }
  return "";
}

std::string Shown(const std::string& text) { return text.empty() ? std::string(kNone) : text; }

// "产出指标/数量指标 分值" or just the path.
std::string Where(const TemplateChange& c) {
  return c.field.empty() ? c.path : c.path + " " + c.field;
}

std::string RowText(const RowScore& s, int places) {
  if (!s.outcome) return "（无此行）";
  if (*s.outcome == Outcome::kScored) return FormatPoints(s.score, places);
  return std::string(OutcomeLabel(*s.outcome));
}

std::string TotalText(const std::optional<double>& total, const std::string& error, int places) {
  return total ? FormatPoints(*total, places) : "无法评分（" + error + "）";
}

std::string GradeText(const std::string& grade) { return grade.empty() ? "—" : grade; }

std::string SideText(const DiffSide& side) {
  return fmt::format("{}（{} 版本 {}）", side.file, side.id, side.version);
}

std::string Summary(const TemplateDiffReport& r) {
  std::string out = fmt::format("共 {} 处差异", r.changes.size());
  if (r.effect)
    out += fmt::format("；{} 个项目，{} 个得分有变化，{} 个等级有变化", r.effect->projects.size(),
                       r.effect->changed, r.effect->grade_changed);
  return out;
}

std::string RenderListing(const TemplateDiffReport& r) {
  std::string out = fmt::format("模板差异：{} → {}\n", SideText(r.old_side), SideText(r.new_side));
  for (const TemplateChange& c : r.changes)
    out += fmt::format("  [{}] {}：{} → {}\n", ChangeKindLabel(c.kind), Where(c), Shown(c.old_text),
                       Shown(c.new_text));
  if (r.changes.empty()) out += "  两个模板的内容相同\n";
  if (r.effect) {
    int a = PointPlaces(r.effect->old_rounding), b = PointPlaces(r.effect->new_rounding);
    out += "\n对项目的影响（分别用两个模板打分）：\n";
    for (const ProjectEffect& e : r.effect->projects) {
      out += fmt::format("  {}：总分 {} → {}，等级 {} → {}{}\n", e.project,
                         TotalText(e.old_total, e.old_error, a),
                         TotalText(e.new_total, e.new_error, b), GradeText(e.old_grade),
                         GradeText(e.new_grade), e.Changed() ? "" : "（无变化）");
      for (const RowScoreChange& row : e.rows)
        out += fmt::format("    {}：{} → {}\n", row.path, RowText(row.old_score, a),
                           RowText(row.new_score, b));
    }
  }
  return out + Summary(r) + "\n";
}

std::string RenderMarkdownDiff(const TemplateDiffReport& r) {
  std::string out = "## 模板差异\n\n" + EscapeMarkdown(SideText(r.old_side)) + " → " +
                    EscapeMarkdown(SideText(r.new_side)) + "\n\n";
  if (r.changes.empty()) {
    out += "两个模板的内容相同。\n\n";
  } else {
    out += "| 类别 | 位置 | 项目 | 原 | 新 |\n|---|---|---|---|---|\n";
    for (const TemplateChange& c : r.changes)
      out += fmt::format("| {} | {} | {} | {} | {} |\n", ChangeKindLabel(c.kind),
                         EscapeMarkdown(c.path), EscapeMarkdown(c.field),
                         EscapeMarkdown(Shown(c.old_text)), EscapeMarkdown(Shown(c.new_text)));
    out += "\n";
  }
  if (r.effect) {
    int a = PointPlaces(r.effect->old_rounding), b = PointPlaces(r.effect->new_rounding);
    out +=
        "## 对项目的影响\n\n| 项目 | 原总分 | 新总分 | 原等级 | 新等级 | 得分变化的指标 |\n"
        "|---|---:|---:|---|---|---|\n";
    for (const ProjectEffect& e : r.effect->projects) {
      std::string rows;
      for (const RowScoreChange& row : e.rows)
        rows += (rows.empty() ? "" : "<br>") +
                EscapeMarkdown(fmt::format("{}：{} → {}", row.path, RowText(row.old_score, a),
                                           RowText(row.new_score, b)));
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", EscapeMarkdown(e.project),
                         EscapeMarkdown(TotalText(e.old_total, e.old_error, a)),
                         EscapeMarkdown(TotalText(e.new_total, e.new_error, b)),
                         GradeText(e.old_grade), GradeText(e.new_grade), rows);
    }
    out += "\n";
  }
  return out + Summary(r) + "\n";
}

void JsonField(std::string_view key, std::string_view value, std::string& out) {
  AppendJsonString(key, out);
  out += ": ";
  AppendJsonString(value, out);
}

void JsonSide(std::string_view key, const DiffSide& side, std::string& out) {
  AppendJsonString(key, out);
  out += ": {";
  JsonField("file", side.file, out);
  out += ", ";
  JsonField("id", side.id, out);
  out += ", ";
  JsonField("version", side.version, out);
  out += "}";
}

void JsonRowScore(std::string_view prefix, const RowScore& s, int places, std::string& out) {
  out += fmt::format("\"{}\": ", prefix);
  out += s.outcome && *s.outcome == Outcome::kScored ? FormatPoints(s.score, places) : "null";
  out += fmt::format(", \"{}_outcome\": ", prefix);
  if (s.outcome)
    AppendJsonString(OutcomeLabel(*s.outcome), out);
  else
    out += "null";
}

void JsonTotal(std::string_view prefix, const std::optional<double>& total,
               const std::string& grade, const std::string& error, int places, std::string& out) {
  out += fmt::format("\"{}_total\": {}, ", prefix, total ? FormatPoints(*total, places) : "null");
  JsonField(std::string(prefix) + "_grade", grade, out);
  out += ", ";
  JsonField(std::string(prefix) + "_error", error, out);
}

std::string RenderJsonDiff(const TemplateDiffReport& r) {
  std::string out = "{";
  JsonSide("old", r.old_side, out);
  out += ",\n ";
  JsonSide("new", r.new_side, out);
  out += ",\n \"changes\": [";
  for (size_t i = 0; i < r.changes.size(); ++i) {
    const TemplateChange& c = r.changes[i];
    out += i ? ",\n  {" : "\n  {";
    JsonField("kind", ChangeKindKey(c.kind), out);
    out += ", ";
    JsonField("path", c.path, out);
    out += ", ";
    JsonField("field", c.field, out);
    out += ", ";
    JsonField("old", c.old_text, out);
    out += ", ";
    JsonField("new", c.new_text, out);
    out += "}";
  }
  out += "]";
  if (r.effect) {
    int a = PointPlaces(r.effect->old_rounding), b = PointPlaces(r.effect->new_rounding);
    out += ",\n \"projects\": [";
    for (size_t i = 0; i < r.effect->projects.size(); ++i) {
      const ProjectEffect& e = r.effect->projects[i];
      out += i ? ",\n  {" : "\n  {";
      JsonField("name", e.project, out);
      out += ", ";
      JsonTotal("old", e.old_total, e.old_grade, e.old_error, a, out);
      out += ", ";
      JsonTotal("new", e.new_total, e.new_grade, e.new_error, b, out);
      out += fmt::format(", \"changed\": {}, \"grade_changed\": {}, \"rows\": [",
                         e.Changed() ? "true" : "false", e.GradeChanged() ? "true" : "false");
      for (size_t k = 0; k < e.rows.size(); ++k) {
        out += k ? ", {" : "{";
        JsonField("path", e.rows[k].path, out);
        out += ", ";
        JsonRowScore("old", e.rows[k].old_score, a, out);
        out += ", ";
        JsonRowScore("new", e.rows[k].new_score, b, out);
        out += "}";
      }
      out += "]}";
    }
    out += "]";
  }
  out += fmt::format(",\n \"summary\": {{\"changes\": {}", r.changes.size());
  if (r.effect)
    out += fmt::format(", \"projects\": {}, \"changed\": {}, \"grade_changed\": {}",
                       r.effect->projects.size(), r.effect->changed, r.effect->grade_changed);
  return out + "}}\n";
}

}  // namespace

std::string_view ChangeKindLabel(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kMetadata:
      return "元数据";
    case ChangeKind::kExtends:
      return "继承";
    case ChangeKind::kSetting:
      return "设置";
    case ChangeKind::kGrade:
      return "等级";
    case ChangeKind::kScale:
      return "量表";
    case ChangeKind::kAdded:
      return "新增";
    case ChangeKind::kRemoved:
      return "删除";
    case ChangeKind::kRenamed:
      return "改名";
    case ChangeKind::kMoved:
      return "移动";
    case ChangeKind::kPoints:
      return "分值";
    case ChangeKind::kMethod:
      return "评分方法";
    case ChangeKind::kIndicatorField:
      return "指标";
    case ChangeKind::kCase:
      return "用例";
  }
  return "";
}

std::string RenderTemplateDiff(ReportFormat format, const TemplateDiffReport& report) {
  switch (format) {
    case ReportFormat::kMarkdown:
      return RenderMarkdownDiff(report);
    case ReportFormat::kJson:
      return RenderJsonDiff(report);
    case ReportFormat::kText:
    case ReportFormat::kCsv:
    case ReportFormat::kHtml:
    case ReportFormat::kPdf:
      break;
  }
  return RenderListing(report);
}

}  // namespace jixiao
