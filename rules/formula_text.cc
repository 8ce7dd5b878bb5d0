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
  constexpr Mapping kMappings[] = {{"×", "*"},  {"÷", "/"},  {"−", "-"},  {"≥", ">="},
                                   {"≤", "<="}, {"≠", "!="}, {"【", "["}, {"】", "]"}};
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

bool IsPlainName(std::string_view name) {
  return !name.empty() && (name[0] < '0' || name[0] > '9') &&
         std::all_of(name.begin(), name.end(), IsNameByte);
}

size_t FindStandalone(std::string_view text, std::string_view name) {
  if (name.empty()) return std::string_view::npos;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at == 0 || !IsNameByte(text[at - 1])) && (end == text.size() || !IsNameByte(text[end])))
      return at;
  }
  return std::string_view::npos;
}

std::string BracketVariable(size_t index) { return "\uE000" + std::to_string(index) + "\uE001"; }

BracketedNames RewriteBracketedNames(NormalizedFormula& n) {
  using Problem = BracketedNames::Problem;
  BracketedNames out;
  const auto fail = [&out](Problem problem, size_t pos) {
    out.problem = problem;
    out.problem_pos = pos;
    return out;
  };
  const std::string& in = n.text;
  if (in.find_first_of("[]") == std::string::npos) return out;
  std::string text;
  std::vector<size_t> origin;
  for (size_t i = 0; i < in.size();) {
    if (in[i] == ']') return fail(Problem::kUnopened, i);
    if (in[i] != '[') {
      text.push_back(in[i]);
      origin.push_back(n.origin[i]);
      ++i;
      continue;
    }
    const size_t close = in.find_first_of("[]", i + 1);
    if (close == std::string::npos || in[close] == '[') return fail(Problem::kUnclosed, i);
    const std::string_view name = Trim(std::string_view(in).substr(i + 1, close - i - 1));
    if (name.empty()) return fail(Problem::kEmpty, i);
    // A name byte beside the variable would join it into one longer name.
    if (!text.empty() && IsNameByte(text.back())) return fail(Problem::kNoOperator, i);
    if (close + 1 < in.size() && (IsNameByte(in[close + 1]) || in[close + 1] == '['))
      return fail(Problem::kNoOperator, close + 1);
    auto it = std::find(out.names.begin(), out.names.end(), name);
    if (it == out.names.end()) it = out.names.insert(out.names.end(), std::string(name));
    const std::string variable = BracketVariable(static_cast<size_t>(it - out.names.begin()));
    text += variable;
    origin.insert(origin.end(), variable.size(), n.origin[i]);
    i = close + 1;
  }
  origin.push_back(n.origin.back());
  n.text = std::move(text);
  n.origin = std::move(origin);
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
