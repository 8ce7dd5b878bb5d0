// The filled form as an HTML page to print: one sheet per project, laid out like the printed
// 项目支出绩效自评表 (or 自评价评分表) — header block, 项目资金, 年度总体目标, the indicator table
// with merged 一级/二级 cells, 总分 and 等级, and the notes under it.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "reports/form_rows.h"
#include "reports/html_page.h"
#include "reports/html_table.h"
#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

// The 年度总体目标 block as the printed form has it: the title down the first column (as wide as
// the header's labels), 预期目标 and 实际完成情况 side by side over their texts.
void AppendGoals(const FormGoals& goals, std::string& out) {
  out += "<table class=\"grid goals\">\n<colgroup><col style=\"width:16%\">";
  for (size_t i = 0; i < goals.columns.size(); ++i)
    out += fmt::format("<col style=\"width:{:g}%\">",
                       84.0 / static_cast<double>(goals.columns.size()));
  out += "</colgroup>\n<tbody>\n";
  out += "<tr><th scope=\"rowgroup\" rowspan=\"2\">";
  AppendEscapedHtml(goals.title, out);
  out += "</th>";
  for (const FormField& column : goals.columns) {
    out += "<th scope=\"col\">";
    AppendEscapedHtml(column.label, out);
    out += "</th>";
  }
  out += "</tr>\n<tr>";
  for (const FormField& column : goals.columns) {
    out += "<td>";
    AppendEscapedHtml(column.value, out);
    out += "</td>";
  }
  out += "</tr>\n</tbody>\n</table>\n";
}

std::string RenderSheet(const Form& form) {
  std::string out = "<section class=\"sheet form\">\n<h1>";
  AppendEscapedHtml(form.title, out);
  out += "</h1>\n<p class=\"stamp\">";
  AppendEscapedHtml(form.stamp, out);
  out += "</p>\n";
  AppendHtmlFields("header", form.header, true, out);
  if (form.funds) {
    std::vector<const CellRow*> rows = FundsRows(form);
    AppendHtmlTable("funds", form.funds->columns, rows, std::vector<bool>(rows.size(), false), out);
  }
  if (form.goals) AppendGoals(*form.goals, out);
  std::vector<const CellRow*> rows;
  std::vector<bool> summary;
  for (const FormRow& row : form.rows) {
    if (row.kind == RowKind::kBudget) continue;
    rows.push_back(&row.cells);
    summary.push_back(row.kind == RowKind::kTotal || row.kind == RowKind::kGrade);
  }
  AppendHtmlTable("indicators", form.columns, rows, summary, out);
  if (!form.notes.empty()) {
    out += "<p class=\"notes-title\">";
    AppendEscapedHtml(kLabelNotes, out);
    out += "</p>\n<ul class=\"notes\">\n";
    for (const std::string& note : form.notes) {
      out += "<li>";
      AppendEscapedHtml(note, out);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
  return out;
}

// The forms' own CSS: the level columns centred, as the printed forms have them.
constexpr std::string_view kFormCss =
    "table.indicators td:not(.num) { text-align: left; }\n"
    "table.header td, table.goals td { text-align: left; }\n"
    "table.goals td { vertical-align: top; }\n";

}  // namespace

std::string RenderHtml(const std::vector<ScoreTree>& trees) {
  HtmlDocument document;
  std::vector<Form> forms;
  for (const ScoreTree& tree : trees) forms.push_back(BuildForm(tree));
  if (forms.size() == 1)
    document.title = forms[0].title + std::string(kColon) + forms[0].project_name;
  else if (!forms.empty())
    document.title = ProjectsTitle(forms[0].title, forms.size());
  document.css = std::string(kFormCss);
  for (const Form& form : forms) document.body += RenderSheet(form);
  return RenderHtmlDocument(document);
}

}  // namespace jixiao
