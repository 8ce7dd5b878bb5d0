#include "indicators/plain_rows.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "indicators/utf8.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

// The bytes that end a field or make a row not plain.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> special{};
  for (char c : {',', '"', '\r', '\n'}) special[static_cast<unsigned char>(c)] = true;
  return special;
}();

// The first special byte from `p`, or `end`.
const char* FieldEnd(const char* p, const char* end) {
  while (p < end && !kSpecial[static_cast<unsigned char>(*p)]) ++p;
  return p;
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

// A field of a plain row as the general reader reads it: bare, valid UTF-8, and without a byte
// that would end it.
bool PlainField(std::string_view s) {
  return Bare(s) && FindInvalidUtf8(s) == std::string_view::npos &&
         FieldEnd(s.data(), s.data() + s.size()) == s.data() + s.size();
}

// memcmp(a, b, n) == 0 for the few bytes of a field, without a call: whole words, the last one
// overlapping the one before.
bool SameBytes(const char* a, const char* b, size_t n) {
  const auto word = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  const auto half = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8)
      if (word(a + i) != word(b + i)) return false;
    return word(a + n - 8) == word(b + n - 8);
  }
  if (n >= 4) return half(a) == half(b) && half(a + n - 4) == half(b + n - 4);
  for (; n > 0; --n)
    if (*a++ != *b++) return false;
  return true;
}

// Whether the bytes at `p` are `field`, followed by the end of the text or a byte that ends a
// field.
bool FieldIs(const char* p, const char* end, std::string_view field) {
  const char* after = p + field.size();
  return after <= end && SameBytes(p, field.data(), field.size()) &&
         (after == end || kSpecial[static_cast<unsigned char>(*after)]);
}

// What a field's delimiter says: another field follows, the row ends, or the row is not plain.
enum class Delimiter { kComma, kLineEnd, kOther };

// Reads the delimiter at `p`: a comma, or a line end (LF, CRLF, a CR or the end of the text
// at the very end); moves `p` past it.
Delimiter ReadDelimiter(const char*& p, const char* end) {
  if (p == end) return Delimiter::kLineEnd;
  switch (*p) {
    case ',':
      ++p;
      return Delimiter::kComma;
    case '\n':
      ++p;
      return Delimiter::kLineEnd;
    case '\r':
      if (p + 1 == end || p[1] == '\n') {
        p += p + 1 == end ? 1 : 2;
        return Delimiter::kLineEnd;
      }
      return Delimiter::kOther;  // a bare CR ends a record in the middle of the line
    default:
      return Delimiter::kOther;
  }
}

}  // namespace

std::optional<PlainColumns> PlainColumnsOf(const ProjectCsvLayout& layout) {
  const ProjectColumn wanted[] = {ProjectColumn::kProjectName, ProjectColumn::kRef,
                                  ProjectColumn::kTarget, ProjectColumn::kActual};
  if (layout.titles.size() != kPlainFields || !layout.notes.empty()) return std::nullopt;
  size_t assigned = 0;
  for (size_t c = 0; c < kProjectColumnCount; ++c) assigned += layout.field[c] >= 0;
  if (assigned != kPlainFields) return std::nullopt;
  PlainColumns columns;
  for (size_t i = 0; i < kPlainFields; ++i) {
    const int f = layout.Field(wanted[i]);
    if (f < 0) return std::nullopt;
    columns.fields[static_cast<size_t>(f)] = static_cast<PlainColumns::Field>(i);
  }
  return columns;
}

PlainProjectReader::PlainProjectReader(const PlainColumns& columns,
                                       const std::vector<std::string>& expected_refs)
    : columns_(columns) {
  for (const std::string& ref : expected_refs)
    expected_refs_.push_back(PlainField(ref) ? ref : std::string());
}

bool PlainProjectReader::Read(std::string_view text, size_t pos, PlainProject& out) const {
  out.rows.clear();
  out.lines = 0;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin + pos;
  while (p < end) {
    PlainRow row;
    std::string_view name;
    for (size_t f = 0; f < kPlainFields; ++f) {
      switch (columns_.fields[f]) {
        case PlainColumns::kName: {
          if (!out.rows.empty() && FieldIs(p, end, out.name)) {  // the row continues the project
            name = out.name;
            p += name.size();
            break;
          }
          const char* stop = FieldEnd(p, end);
          name = std::string_view(p, static_cast<size_t>(stop - p));
          p = stop;
          // Any other row must clearly name a project: the general reader skips a blank row and
          // reads quotes its own way, and such a row might continue this project.
          if (!Bare(name) || FindInvalidUtf8(name) != std::string_view::npos) return false;
          if (!out.rows.empty() && name != out.name) goto done;
          break;
        }
        case PlainColumns::kRef: {
          const size_t at = out.rows.size();
          if (at < expected_refs_.size() && !expected_refs_[at].empty() &&
              FieldIs(p, end, expected_refs_[at])) {
            row.ref = std::string_view(p, expected_refs_[at].size());
            row.expected = true;
            p += row.ref.size();
            break;
          }
          const char* stop = FieldEnd(p, end);
          row.ref = std::string_view(p, static_cast<size_t>(stop - p));
          p = stop;
          if (!PlainField(row.ref)) return false;
          break;
        }
        case PlainColumns::kTarget:
        case PlainColumns::kActual: {
          const bool target = columns_.fields[f] == PlainColumns::kTarget;
          const size_t n = ParsePlainDecimalPrefix(
              std::string_view(p, static_cast<size_t>(end - p)), target ? row.target : row.actual);
          if (n == 0) return false;
          (target ? row.target_text : row.actual_text) = std::string_view(p, n);
          p += n;
          break;
        }
      }
      const Delimiter delimiter = ReadDelimiter(p, end);
      if (delimiter != (f + 1 < kPlainFields ? Delimiter::kComma : Delimiter::kLineEnd))
        return false;
    }
    if (out.rows.empty()) out.name = name;
    out.rows.push_back(row);
    ++out.lines;
    pos = static_cast<size_t>(p - begin);
  }
done:
  out.end = pos;
  return !out.rows.empty();
}

}  // namespace jixiao
