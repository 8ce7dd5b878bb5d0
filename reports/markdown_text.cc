#include "reports/markdown_text.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "reports/labels.h"

namespace jixiao {

std::string EscapeMarkdown(std::string_view s) {
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

std::string EscapeMarkdownBlock(std::string_view s) {
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  bool numbered = digits > 0 && digits < s.size() && (s[digits] == '.' || s[digits] == ')');
  bool bullet = !s.empty() && (s[0] == '-' || s[0] == '+');
  if (!numbered && !bullet) return EscapeMarkdown(s);
  size_t after = numbered ? digits + 1 : 1;
  if (after < s.size() && s[after] != ' ' && s[after] != '\t') return EscapeMarkdown(s);
  return EscapeMarkdown(s.substr(0, after - 1)) + "\\" + EscapeMarkdown(s.substr(after - 1));
}

std::string MarkdownTableHead(const std::vector<FormColumn>& columns) {
  std::string out = "|";
  for (const FormColumn& column : columns) out += " " + EscapeMarkdown(column.title) + " |";
  out += "\n|";
  for (const FormColumn& column : columns) out += column.numeric ? " ---: |" : " --- |";
  out += "\n";
  return out;
}

void AppendMarkdownRow(const CellRow& row, std::string& out) {
  out += "|";
  for (const FormCell& cell : row) {
    std::string text = cell.continuation ? std::string() : EscapeMarkdown(cell.Display());
    out += text.empty() ? std::string(" |") : " " + text + " |";
  }
  out += "\n";
}

std::string MarkdownTable(const std::vector<FormColumn>& columns,
                          const std::vector<const CellRow*>& rows) {
  std::string out = MarkdownTableHead(columns);
  for (const CellRow* row : rows) AppendMarkdownRow(*row, out);
  return out;
}

void AppendMarkdownFields(const std::vector<FormField>& fields, std::string& out) {
  for (const FormField& field : fields)
    out += "- " + EscapeMarkdownBlock(field.label) + std::string(kColon) +
           EscapeMarkdown(field.value) + "\n";
}

}  // namespace jixiao
