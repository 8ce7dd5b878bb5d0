#include "rules/formula_text.h"

#include <algorithm>
#include <cassert>

#include "indicators/utf8.h"
#include "rules/rule.h"

namespace jixiao {
namespace {

bool IsNameByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || u == '_' || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') ||
         (u >= 'A' && u <= 'Z');
}

}  // namespace

int NormalizedFormula::ColumnOf(int pos) const {
  if (pos < 0) return 0;
  const size_t byte = std::min(static_cast<size_t>(pos), origin.size() - 1);
  return CodePointsBefore(nfkc, origin[byte]);
}

NormalizedFormula NormalizeFormula(std::string_view raw) {
  struct Mapping {
    std::string_view from, to;
  };
  constexpr Mapping kMappings[] = {{"×", "*"},  {"÷", "/"},  {"−", "-"},
                                   {"≥", ">="}, {"≤", "<="}, {"≠", "!="}};
  NormalizedFormula n;
  n.nfkc = NormalizeNfkc(raw);
  size_t i = 0;
  while (i < n.nfkc.size()) {
    const Mapping* mapping = nullptr;
    for (const Mapping& m : kMappings)
      if (n.nfkc.compare(i, m.from.size(), m.from) == 0) mapping = &m;
    if (mapping != nullptr) {
      n.text += mapping->to;
      n.origin.insert(n.origin.end(), mapping->to.size(), i);
      i += mapping->from.size();
    } else {
      n.text.push_back(n.nfkc[i]);
      n.origin.push_back(i);
      ++i;
    }
  }
  n.origin.push_back(n.nfkc.size());
  return n;
}

size_t FindAssignment(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') continue;
    if (i + 1 < text.size() && text[i + 1] == '=') {
      ++i;
      continue;
    }
    const char prev = i > 0 ? text[i - 1] : '\0';
    if (prev != '<' && prev != '>' && prev != '!') return i;
  }
  return std::string_view::npos;
}

size_t FindTopLevelComma(std::string_view text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') --depth;
    if (text[i] == ',' && depth <= 0) return i;
  }
  return std::string_view::npos;
}

std::vector<FormulaName> FormulaNames(std::string_view text) {
  std::vector<FormulaName> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsNameByte(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsNameByte(text[end])) ++end;
    if (text[i] < '0' || text[i] > '9') out.push_back({i, text.substr(i, end - i)});
    i = end;
  }
  return out;
}

std::string SubstituteValues(std::string_view text, const std::vector<std::string>& names,
                             const std::vector<double>& values) {
  assert(names.size() == values.size());
  std::string out;
  size_t copied = 0;
  for (const FormulaName& n : FormulaNames(text)) {
    const auto it = std::find(names.begin(), names.end(), n.name);
    if (it == names.end()) continue;
    const double v = values[static_cast<size_t>(it - names.begin())];
    out += text.substr(copied, n.pos - copied);
    out += v < 0 ? "(" + TraceNumber(v) + ")" : TraceNumber(v);
    copied = n.pos + n.name.size();
  }
  out += text.substr(copied);
  return out;
}

}  // namespace jixiao
