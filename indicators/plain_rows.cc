#include "indicators/plain_rows.h"

#include <array>
#include <bit>
#include <cstdint>
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

// The bytes that end a field or make a line not plain.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> special{};
  for (char c : {',', '"', '\r', '\n'}) special[static_cast<unsigned char>(c)] = true;
  return special;
}();

// The high bit of each byte of `word` that is one of kSpecial's, exactly (SWAR).
uint64_t SpecialBytes(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kLow = 0x7F7F7F7F7F7F7F7Fu;
  const auto zero = [](uint64_t v) { return ~(((v & kLow) + kLow) | v) & ~kLow; };
  return zero(word ^ kOnes * ',') | zero(word ^ kOnes * '"') | zero(word ^ kOnes * '\r') |
         zero(word ^ kOnes * '\n');
}

// Splits the line at `pos` by visiting its special bytes in order; eight bytes at a time where
// the byte order allows.
Line Split(std::string_view text, size_t pos) {
  Line line;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* field = begin + pos;
  auto add_field = [&](const char* stop) {
    if (line.count < kFields)
      line.fields[line.count] = std::string_view(field, static_cast<size_t>(stop - field));
    ++line.count;
  };
  // Handles the special byte at `p`; true when the line is done.
  auto special = [&](const char* p) {
    switch (*p) {
      case ',':
        add_field(p);
        field = p + 1;
        return false;
      case '\n':
        add_field(p);
        line.next = static_cast<size_t>(p - begin) + 1;
        return true;
      case '\r':
        if (p + 1 < end && p[1] == '\n') {  // CRLF
          add_field(p);
          line.next = static_cast<size_t>(p - begin) + 2;
          return true;
        }
        if (p + 1 == end) {  // a CR at the very end ends the line too
          add_field(p);
          line.next = text.size();
          return true;
        }
        line.quoted = true;
        return true;
      default:  // a quote
        line.quoted = true;
        return true;
    }
  };
  const char* p = field;
  if constexpr (std::endian::native == std::endian::little) {
    for (; end - p >= 8; p += 8) {
      uint64_t word;
      std::memcpy(&word, p, sizeof word);
      for (uint64_t found = SpecialBytes(word); found != 0; found &= found - 1) {
        const char* at = p + std::countr_zero(found) / 8;
        if (at >= field && special(at)) return line;
      }
    }
  }
  for (; p < end; ++p)
    if (kSpecial[static_cast<unsigned char>(*p)] && special(p)) return line;
  add_field(end);
  line.next = text.size();
  return line;
}

// Not empty, and without white space at either end (what Trim removes: ASCII, U+3000, NBSP).
bool Bare(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(s.front());
  const unsigned char last = static_cast<unsigned char>(s.back());
  // Only these bytes start or end white space.
  if (first <= ' ' || first == 0xC2 || first == 0xE3 || last <= ' ' || last == 0xA0 || last == 0x80)
    for (std::string_view space :
         {std::string_view("\xE3\x80\x80"), std::string_view("\xC2\xA0"), std::string_view(" "),
          std::string_view("\t"), std::string_view("\v"), std::string_view("\f")})
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
