// GitHub-flavoured Markdown. Tables cannot merge cells, so continued group
// cells are blank.
#include <string>
#include <vector>

#include "reports/form_rows.h"
#include "reports/labels.h"
#include "reports/markdown_text.h"
#include "reports/render.h"

namespace jixiao {
namespace {

std::string RenderForm(const Form& form) {
  std::string out = "## " + EscapeMarkdown(form.title);
  if (!form.project_name.empty()) out += std::string(kColon) + EscapeMarkdown(form.project_name);
  out += "\n\n";
  AppendMarkdownFields(form.header, out);
  out += "- " + EscapeMarkdownBlock(form.stamp) + "\n";
  if (form.funds) out += "\n" + MarkdownTable(form.funds->columns, FundsRows(form));
  if (form.goals) {
    out += "\n";
    AppendMarkdownFields(form.goals->Lines(), out);
  }
  out += "\n" + MarkdownTable(form.columns, IndicatorRows(form));
  if (!form.notes.empty()) {
    out += "\n" + EscapeMarkdown(kLabelNotes) + "\n\n";
    for (const std::string& note : form.notes) out += "- " + EscapeMarkdownBlock(note) + "\n";
  }
  return out;
}

}  // namespace

std::string RenderMarkdown(const std::vector<ScoreTree>& trees) {
  return RenderForms(trees, RenderForm);
}

}  // namespace jixiao
