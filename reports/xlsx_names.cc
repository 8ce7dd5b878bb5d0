#include "reports/xlsx_names.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "indicators/utf8.h"
#include "indicators/xlsx.h"

namespace jixiao {
namespace {

constexpr std::string_view kForbidden = "[]:*?/\\";
constexpr std::string_view kReserved = "history";  // folded

// Bytes of the UTF-8 sequence that starts with `lead` (1 for a byte that cannot start one).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

// The longest prefix of `s` of at most `units` UTF-16 units, cut on a character boundary.
std::string_view CutToUnits(std::string_view s, size_t units) {
  size_t used = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t length = std::min(SequenceLength(static_cast<unsigned char>(s[i])), s.size() - i);
    size_t cost = length == 4 ? 2 : 1;
    if (used + cost > units) break;
    used += cost;
    i += length;
  }
  return s.substr(0, i);
}

// Without leading and trailing whitespace and apostrophes (which Excel forbids there).
std::string_view TrimSheetName(std::string_view s) {
  for (;;) {
    std::string_view trimmed = Trim(s);
    while (!trimmed.empty() && trimmed.front() == '\'') trimmed.remove_prefix(1);
    while (!trimmed.empty() && trimmed.back() == '\'') trimmed.remove_suffix(1);
    if (trimmed.size() == s.size()) return s;
    s = trimmed;
  }
}

std::string Folded(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

size_t XlsxTextLength(std::string_view text) {
  size_t units = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = SequenceLength(static_cast<unsigned char>(text[i]));
    units += length == 4 ? 2 : 1;
    i += length;
  }
  return units;
}

bool XlsxSheetNames::Taken(const std::string& name) const {
  std::string folded = Folded(name);
  return folded == kReserved || folded_.count(folded) != 0;
}

std::string XlsxSheetNames::Add(std::string_view wanted) {
  std::string cleaned;
  for (char c : wanted) {
    unsigned char u = static_cast<unsigned char>(c);
    if (kForbidden.find(c) != std::string_view::npos)
      cleaned += '_';
    else
      cleaned += u < 0x20 || u == 0x7F ? ' ' : c;
  }
  std::string base(TrimSheetName(cleaned));
  if (base.empty()) base = "Sheet";
  auto cut = [&](size_t units) { return std::string(TrimSheetName(CutToUnits(base, units))); };
  std::string name = cut(kXlsxMaxSheetNameUnits);
  for (int n = 2; Taken(name); ++n) {
    std::string suffix = "(" + std::to_string(n) + ")";
    name = cut(kXlsxMaxSheetNameUnits - suffix.size()) + suffix;
  }
  folded_.insert(Folded(name));
  return name;
}

std::string QuotedSheetName(std::string_view name) {
  std::string out = "'";
  for (char c : name) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string XlsxCellName(int row, int column) { return CellReference(row + 1, column + 1); }

std::string XlsxRangeName(int first_row, int first_column, int last_row, int last_column) {
  std::string first = XlsxCellName(first_row, first_column);
  if (first_row == last_row && first_column == last_column) return first;
  return first + ":" + XlsxCellName(last_row, last_column);
}

}  // namespace jixiao
