#include "indicators/plain_rows.h"

#include <cstring>

#include "indicators/value.h"

namespace jixiao {
namespace {

constexpr size_t kFields = 4;

// One line split at its commas.
struct Line {
  std::string_view fields[kFields];
  size_t count = 0;     // fields found (up to kFields + 1: one too many)
  bool quoted = false;  // holds a quote or a CR that does not end it: not plain
  size_t next = 0;      // start of the next line
};

Line Split(std::string_view text, size_t pos) {
  Line line;
  const char* begin = text.data() + pos;
  const char* end = text.data() + text.size();
  const char* lf =
      static_cast<const char*>(std::memchr(begin, '\n', static_cast<size_t>(end - begin)));
  line.next = lf == nullptr ? text.size() : static_cast<size_t>(lf - text.data()) + 1;
  const char* stop = lf == nullptr ? end : lf;
  if (stop > begin && stop[-1] == '\r') --stop;  // CRLF
  const char* field = begin;
  for (const char* p = begin; p < stop; ++p) {
    const char c = *p;
    if (c == ',') {
      if (line.count < kFields)
        line.fields[line.count] = std::string_view(field, static_cast<size_t>(p - field));
      ++line.count;
      field = p + 1;
    } else if (c == '"' || c == '\r') {
      line.quoted = true;
      return line;
    }
  }
  if (line.count < kFields)
    line.fields[line.count] = std::string_view(field, static_cast<size_t>(stop - field));
  ++line.count;
  return line;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

// Not empty, and without white space at either end (what Trim removes: ASCII, U+3000, NBSP).
bool Bare(std::string_view s) {
  if (s.empty() || IsSpaceByte(s.front()) || IsSpaceByte(s.back())) return false;
  for (std::string_view space : {std::string_view("\xE3\x80\x80"), std::string_view("\xC2\xA0")})
    if (s.starts_with(space) || s.ends_with(space)) return false;
  return true;
}

}  // namespace

std::optional<PlainColumns> PlainColumnsOf(const ProjectCsvLayout& layout) {
  const ProjectColumn wanted[] = {ProjectColumn::kProjectName, ProjectColumn::kRef,
                                  ProjectColumn::kTarget, ProjectColumn::kActual};
  if (layout.titles.size() != kFields || !layout.notes.empty()) return std::nullopt;
  size_t assigned = 0;
  for (size_t c = 0; c < kProjectColumnCount; ++c) assigned += layout.field[c] >= 0;
  if (assigned != kFields) return std::nullopt;
  size_t fields[kFields];
  for (size_t i = 0; i < kFields; ++i) {
    const int f = layout.Field(wanted[i]);
    if (f < 0) return std::nullopt;
    fields[i] = static_cast<size_t>(f);
  }
  return PlainColumns{fields[0], fields[1], fields[2], fields[3]};
}

bool ReadPlainProject(std::string_view text, size_t pos, const PlainColumns& columns,
                      PlainProject& out) {
  out.rows.clear();
  out.lines = 0;
  while (pos < text.size()) {
    const Line line = Split(text, pos);
    // The row after the project must name another one: a row the general reader would skip
    // (blank) or read otherwise (quotes) might continue it.
    const bool named = !line.quoted && line.count > columns.name && Bare(line.fields[columns.name]);
    const std::string_view name = named ? line.fields[columns.name] : std::string_view();
    if (!out.rows.empty()) {
      if (!named) return false;
      if (name != out.name) break;
    }
    if (!named || line.count != kFields) return false;
    const std::string_view ref = line.fields[columns.ref];
    if (!Bare(ref)) return false;
    const std::optional<double> target = ParsePlainDecimal(line.fields[columns.target]);
    const std::optional<double> actual = ParsePlainDecimal(line.fields[columns.actual]);
    if (!target || !actual) return false;
    if (out.rows.empty()) out.name = name;
    out.rows.push_back(PlainRow{ref, *target, *actual});
    ++out.lines;
    pos = line.next;
  }
  out.end = pos;
  return !out.rows.empty();
}

}  // namespace jixiao
