// Aligned ASCII box tables. Box-drawing characters are East Asian "ambiguous"
// width (drawn two columns wide by some CJK terminals), so borders are plain
// ASCII.
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/utf8.h"
#include "reports/form_rows.h"
#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

// Widest a column grows before its cells wrap, in terminal columns.
constexpr int kIndicatorNameWidth = 28;
constexpr int kGroupWidth = 18;
constexpr int kValueWidth = 14;
constexpr int kNoteWidth = 20;
constexpr int kCriteriaWidth = 28;
constexpr int kNumberWidth = 12;

// Control characters would move the cursor or start escape sequences: tabs
// become spaces, other C0/C1 controls become spaces, line breaks become '\n'.
std::string Sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out.push_back('\n');
    } else if (c == '\n') {
      out.push_back('\n');
    } else if (c < 0x20 || c == 0x7F) {
      out.push_back(' ');
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string OneLine(std::string_view s) {
  std::string out = Sanitize(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u > 0x20 && u < 0x7F;
}

// Byte length of the UTF-8 character starting at rest[0].
size_t CharLength(std::string_view rest) {
  size_t n = 1;
  while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
  return n;
}

// Byte offset of the character before `offset`.
size_t PreviousChar(std::string_view s, size_t offset) {
  size_t i = offset - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes)
    if (s.substr(0, prefix.size()) == prefix) return true;
  return false;
}

// Punctuation a line should not start with, and brackets it should not end
// with (the usual rules of Chinese typesetting).
bool NoLineStart(std::string_view s) {
  return StartsWithAny(s, {"，", "。", "、", "；", "：", "？", "！", "）", "》", "」",
                           "』", "】", "”",  "％", ",",  ".",  ";",  ":",  ")",  "%"});
}

bool NoLineEnd(std::string_view s) {
  return StartsWithAny(s, {"（", "《", "「", "『", "【", "“", "(", "≥", "≤", "＞", "＜", "＝"});
}

// Where to end a line that may take the first `fit` bytes of `rest`: before
// an ASCII word or number (with the unit that follows it) rather than inside
// it, and never before closing punctuation or after an opening bracket or a
// comparison sign, unless the line would be empty.
size_t BreakPoint(std::string_view rest, size_t fit) {
  size_t cut = fit;
  for (int guard = 0; guard < 8; ++guard) {
    size_t moved = cut;
    if (IsWordByte(rest[cut - 1]) && rest[cut] != ' ') {
      size_t start = cut;
      while (start > 0 && IsWordByte(rest[start - 1])) --start;
      if (start > 0) moved = start;
    }
    size_t previous = PreviousChar(rest, moved);
    if (moved == cut && previous > 0 &&
        (NoLineStart(rest.substr(cut)) || NoLineEnd(rest.substr(previous, cut - previous))))
      moved = previous;
    if (moved == cut) break;
    cut = moved;
  }
  return cut;
}

// Splits `paragraph` into lines of at most `width` columns on character
// boundaries; a character wider than the column overflows it.
void WrapParagraph(std::string_view paragraph, int width, std::vector<std::string>& lines) {
  std::string_view rest = paragraph;
  while (DisplayWidth(rest) > width) {
    size_t fit = TruncateToWidth(rest, width).size();
    size_t cut = fit == 0 ? CharLength(rest) : BreakPoint(rest, fit);
    std::string_view line = rest.substr(0, cut);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    lines.emplace_back(line);
    rest.remove_prefix(cut);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  }
  lines.emplace_back(rest);
}

std::vector<std::string> Wrap(std::string_view text, int width) {
  std::vector<std::string> lines;
  std::string clean = Sanitize(text);
  std::string_view rest = clean;
  while (true) {
    size_t nl = rest.find('\n');
    WrapParagraph(rest.substr(0, nl), width, lines);
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  return lines;
}

int WidthLimit(const std::vector<FormColumn>& columns, size_t i) {
  const FormColumn& column = columns[i];
  switch (column.kind) {
    case ColumnKind::kLevel: {
      bool last = i + 1 == columns.size() || columns[i + 1].kind != ColumnKind::kLevel;
      return last ? kIndicatorNameWidth : kGroupWidth;
    }
    case ColumnKind::kTarget:
    case ColumnKind::kActual:
      return kValueWidth;
    case ColumnKind::kNote:
      return kNoteWidth;
    case ColumnKind::kCriteria:
      return kCriteriaWidth;
    case ColumnKind::kLabel:
      return kGroupWidth;
    case ColumnKind::kWeight:
    case ColumnKind::kScore:
    case ColumnKind::kAmount:
    case ColumnKind::kRate:
      return kNumberWidth;
  }
  return kValueWidth;
}

std::string Shown(const FormCell& cell) {
  return cell.continuation ? std::string() : cell.Display();
}

std::vector<int> ColumnWidths(const std::vector<FormColumn>& columns,
                              const std::vector<const CellRow*>& rows) {
  std::vector<int> widths;
  for (size_t i = 0; i < columns.size(); ++i) {
    int natural = 0;
    for (const CellRow* row : rows)
      for (const std::string& line : Wrap(Shown((*row)[i]), 1 << 20))
        natural = std::max(natural, DisplayWidth(line));
    int limit = WidthLimit(columns, i);
    widths.push_back(
        std::max({DisplayWidth(OneLine(columns[i].title)), std::min(natural, limit), 1}));
  }
  return widths;
}

// A horizontal rule; a segment is drawn with `fill` where `drawn` is set, else
// left blank (a merged cell continues below).
std::string Rule(const std::vector<int>& widths, const std::vector<bool>& drawn, char fill) {
  std::string line;
  for (size_t k = 0; k <= widths.size(); ++k) {
    bool left = k > 0 && drawn[k - 1];
    bool right = k < widths.size() && drawn[k];
    line += (left || right) ? '+' : '|';
    if (k < widths.size()) line.append(static_cast<size_t>(widths[k] + 2), drawn[k] ? fill : ' ');
  }
  return line + "\n";
}

std::string Padded(std::string_view text, int width, bool right) {
  std::string pad(static_cast<size_t>(std::max(0, width - DisplayWidth(text))), ' ');
  return right ? pad + std::string(text) : std::string(text) + pad;
}

std::string Line(const std::vector<std::vector<std::string>>& cells, size_t index,
                 const std::vector<int>& widths, const std::vector<bool>& right) {
  std::string line = "|";
  for (size_t i = 0; i < widths.size(); ++i) {
    std::string_view text = index < cells[i].size() ? std::string_view(cells[i][index]) : "";
    line += " " + Padded(text, widths[i], right[i]) + " |";
  }
  return line + "\n";
}

std::string Box(const std::vector<FormColumn>& columns, const std::vector<const CellRow*>& rows) {
  std::vector<int> widths = ColumnWidths(columns, rows);
  std::vector<bool> all(columns.size(), true);
  std::vector<bool> right;
  std::vector<std::vector<std::string>> header;
  for (size_t i = 0; i < columns.size(); ++i) {
    right.push_back(columns[i].numeric);
    header.push_back({OneLine(columns[i].title)});
  }
  std::string out = Rule(widths, all, '-');
  out += Line(header, 0, widths, std::vector<bool>(columns.size(), false));
  out += Rule(widths, all, '=');
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<std::vector<std::string>> cells;
    size_t height = 1;
    for (size_t i = 0; i < columns.size(); ++i) {
      cells.push_back(Wrap(Shown((*rows[r])[i]), widths[i]));
      height = std::max(height, cells.back().size());
    }
    for (size_t index = 0; index < height; ++index) out += Line(cells, index, widths, right);
    std::vector<bool> drawn = all;
    if (r + 1 < rows.size())
      for (size_t i = 0; i < columns.size(); ++i) drawn[i] = !(*rows[r + 1])[i].continuation;
    out += Rule(widths, drawn, '-');
  }
  return out;
}

void AppendFields(const std::vector<FormField>& fields, std::string& out) {
  for (const FormField& field : fields)
    out += OneLine(field.label) + std::string(kColon) + OneLine(field.value) + "\n";
}

std::string RenderForm(const Form& form) {
  std::string out = OneLine(form.title) + "\n";
  AppendFields(form.header, out);
  out += OneLine(form.stamp) + "\n";
  if (form.funds) out += "\n" + Box(form.funds->columns, FundsRows(form));
  if (form.goals) {
    out += "\n";
    AppendFields(form.goals->Lines(), out);
  }
  out += "\n" + Box(form.columns, IndicatorRows(form));
  if (!form.notes.empty()) {
    out += "\n" + std::string(kLabelNotes) + "\n";
    for (const std::string& note : form.notes) {
      std::string clean = Sanitize(note);
      std::string indented;
      for (char c : clean) indented += c == '\n' ? std::string("\n    ") : std::string(1, c);
      out += "  " + indented + "\n";
    }
  }
  return out;
}

}  // namespace

std::string RenderTextTable(const std::vector<ScoreTree>& trees) {
  return RenderForms(trees, RenderForm);
}

}  // namespace jixiao
