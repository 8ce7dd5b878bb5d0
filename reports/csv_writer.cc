// CSV for spreadsheets: UTF-8 with a BOM (Excel on Chinese Windows reads
// BOM-less CSV as GBK), RFC 4180 quoting and CRLF line ends. Every line stands
// alone: 项目名称 first, group names repeated on each row, the row's notes in
// the last column.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rounding.h"
#include "reports/form_rows.h"
#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";

struct CsvColumn {
  ColumnKind kind;
  std::string title;
};

// Whether `field` holds a byte that makes it quoted: a comma, a quote or a line break. Eight
// bytes at a time: those four are below '-', as few bytes of text are (CJK bytes are ≥ 0x80,
// digits, letters and '.' above), so a word without any byte below '-' needs no closer look.
bool NeedsQuotes(std::string_view field) {
  static constexpr std::array<bool, 256> kQuoted = [] {
    std::array<bool, 256> quoted{};
    for (char c : {',', '"', '\r', '\n'}) quoted[static_cast<unsigned char>(c)] = true;
    return quoted;
  }();
  const auto quoted = [](std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char c) { return kQuoted[static_cast<unsigned char>(c)]; });
  };
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  size_t at = 0;
  for (; at + 8 <= field.size(); at += 8) {
    uint64_t word;
    std::memcpy(&word, field.data() + at, sizeof word);
    // A byte below '-' (with its high bit clear) sets its high bit here (Hacker's Delight 6-1).
    if (((word - kOnes * '-') & ~word & kHighs) != 0 && quoted(field.substr(at, 8))) return true;
  }
  return quoted(field.substr(at));
}

// Appends `prefix` and `field` as one RFC 4180 field: quoted, with quotes doubled, when it holds
// a comma, a quote or a line break.
void AppendField(std::string_view prefix, std::string_view field, std::string& out) {
  if (!NeedsQuotes(field)) {
    if (!prefix.empty()) out += prefix;
    out += field;
    return;
  }
  out += '"';
  out += prefix;
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out += '"';
}

// A spreadsheet runs a cell starting with = + - @ (or a tab or CR before one)
// as a formula; a leading apostrophe makes it text (OWASP "CSV injection").
void AppendTextField(std::string_view text, std::string& out) {
  const char first = text.empty() ? '\0' : text[0];
  const bool formula = first == '=' || first == '+' || first == '-' || first == '@' ||
                       first == '\t' || first == '\r';
  AppendField(formula ? std::string_view("'") : std::string_view(), text, out);
}

std::string Quote(std::string_view field) {
  std::string out;
  AppendField("", field, out);
  return out;
}

std::string TextField(std::string_view text) {
  std::string out;
  AppendTextField(text, out);
  return out;
}

// Numbers from labels.h are written as they are, so that a spreadsheet reads
// them as numbers.
std::string CellField(const FormCell& cell) {
  return cell.numeric ? Quote(cell.text) : TextField(cell.text);
}

// The union of the forms' columns: as many level columns as the deepest form,
// then the value columns in the order they first appear.
std::vector<CsvColumn> Columns(const std::vector<Form>& forms, int& depth) {
  depth = 0;
  std::vector<CsvColumn> values;
  for (const Form& form : forms) {
    int levels = 0;
    for (const FormColumn& column : form.columns) {
      if (column.kind == ColumnKind::kLevel) {
        ++levels;
        continue;
      }
      bool known = false;
      for (const CsvColumn& value : values) known = known || value.kind == column.kind;
      if (!known) values.push_back({column.kind, column.title});
    }
    depth = std::max(depth, levels);
  }
  return values;
}

}  // namespace

std::string RenderCsv(const std::vector<ScoreTree>& trees) {
  std::vector<Form> forms;
  for (const ScoreTree& tree : trees) forms.push_back(BuildForm(tree));
  int depth = 0;
  std::vector<CsvColumn> values = Columns(forms, depth);

  std::string out(kBom);
  out += TextField(kLabelProjectName);
  for (int level = 1; level <= depth; ++level) out += "," + TextField(LevelTitle(level));
  for (const CsvColumn& value : values) out += "," + TextField(value.title);
  out += "," + TextField(kLabelRemarks);
  out += "," + TextField(kLabelStamp);
  out += kLineEnd;

  for (const Form& form : forms) {
    for (const FormRow& row : form.rows) {
      std::vector<std::string> levels(static_cast<size_t>(depth));
      std::vector<std::string> cells(values.size());
      for (size_t i = 0; i < form.columns.size(); ++i) {
        const FormColumn& column = form.columns[i];
        const FormCell& cell = row.cells[i];
        if (column.kind == ColumnKind::kLevel) {
          levels[static_cast<size_t>(column.level - 1)] = CellField(cell);
          continue;
        }
        for (size_t v = 0; v < values.size(); ++v)
          if (values[v].kind == column.kind) cells[v] = CellField(cell);
      }
      out += TextField(form.project_name);
      for (const std::string& field : levels) out += "," + field;
      for (const std::string& field : cells) out += "," + field;
      out += "," + TextField(JoinRemarks(row.remarks));
      out += "," + TextField(form.stamp);  // every result names the rules that produced it
      out += kLineEnd;
    }
  }
  return out;
}

void AppendCsvTextField(std::string_view text, std::string& out) { AppendTextField(text, out); }

std::string_view SummaryCsvHeader() { return "项目名称,总分,等级\n"; }

void AppendSummaryCsvLine(std::string_view project_name, double total, const RoundingRule& rounding,
                          std::string_view grade, std::string& out) {
  AppendTextField(project_name, out);
  out += ',';
  out += FormatScore(total, rounding);
  out += ',';
  AppendTextField(grade, out);
  out += '\n';
}

void AppendSummaryCsvLine(const ScoreTree& tree, std::string& out) {
  AppendSummaryCsvLine(tree.project.name, tree.total, tree.rounding, tree.grade, out);
}

}  // namespace jixiao
