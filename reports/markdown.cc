// GitHub-flavoured Markdown. Tables cannot merge cells, so continued group
// cells are blank.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "reports/form_rows.h"
#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {

std::string MarkdownEscape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += "<br>";
    } else if (u < 0x20 || u == 0x7F) {
      out.push_back(' ');
    } else if (std::string_view("\\`*_[]<>|~#&!").find(c) != std::string_view::npos) {
      out.push_back('\\');
      out.push_back(c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

std::string Escape(std::string_view s) { return MarkdownEscape(s); }

// Escapes text that starts a block (a list item): a leading list marker
// ("-", "+", "1." or "1)" before a space) would otherwise start a nested list.
std::string EscapeBlock(std::string_view s) {
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  bool numbered = digits > 0 && digits < s.size() && (s[digits] == '.' || s[digits] == ')');
  bool bullet = !s.empty() && (s[0] == '-' || s[0] == '+');
  if (!numbered && !bullet) return Escape(s);
  size_t after = numbered ? digits + 1 : 1;
  if (after < s.size() && s[after] != ' ' && s[after] != '\t') return Escape(s);
  return Escape(s.substr(0, after - 1)) + "\\" + Escape(s.substr(after - 1));
}

std::string Table(const std::vector<FormColumn>& columns, const std::vector<const CellRow*>& rows) {
  std::string out = "|";
  for (const FormColumn& column : columns) out += " " + Escape(column.title) + " |";
  out += "\n|";
  for (const FormColumn& column : columns) out += column.numeric ? " ---: |" : " --- |";
  out += "\n";
  for (const CellRow* row : rows) {
    out += "|";
    for (const FormCell& cell : *row) {
      std::string text = cell.continuation ? std::string() : Escape(cell.Display());
      out += text.empty() ? std::string(" |") : " " + text + " |";
    }
    out += "\n";
  }
  return out;
}

void AppendFields(const std::vector<FormField>& fields, std::string& out) {
  for (const FormField& field : fields)
    out += "- " + EscapeBlock(field.label) + std::string(kColon) + Escape(field.value) + "\n";
}

std::string RenderForm(const Form& form) {
  std::string out = "## " + Escape(form.title);
  if (!form.project_name.empty()) out += std::string(kColon) + Escape(form.project_name);
  out += "\n\n";
  AppendFields(form.header, out);
  out += "- " + EscapeBlock(form.stamp) + "\n";
  if (form.funds) out += "\n" + Table(form.funds->columns, FundsRows(form));
  if (!form.goals.empty()) {
    out += "\n";
    AppendFields(form.goals, out);
  }
  out += "\n" + Table(form.columns, IndicatorRows(form));
  if (!form.notes.empty()) {
    out += "\n" + Escape(kLabelNotes) + "\n\n";
    for (const std::string& note : form.notes) out += "- " + EscapeBlock(note) + "\n";
  }
  return out;
}

}  // namespace

std::string RenderMarkdown(const std::vector<ScoreTree>& trees) {
  return RenderForms(trees, RenderForm);
}

}  // namespace jixiao
