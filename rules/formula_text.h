// The text of a formula (method F) as muparser reads it, and the scans made
// over that text. No muparser here: this is plain string work, kept apart so
// formula.cc holds only the parser.
#ifndef JIXIAO_RULES_FORMULA_TEXT_H_
#define JIXIAO_RULES_FORMULA_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// A formula normalised for muparser: NFKC first (full-width ／＊（），＞＝？：
/// and U+3000 become ASCII), then the symbols NFKC keeps mapped to operators: ×
/// → *, ÷ → /, − → -, ≥ → >=, ≤ → <=, ≠ → != (DEPENDENCIES.md §1, pitfall 1).
struct NormalizedFormula {
  std::string nfkc;  // after NFKC only: the characters the author wrote, one for one
  std::string text;  // what muparser parses
  /// origin[i] is the byte of `nfkc` that produced byte i of `text`; one extra
  /// entry for the end.
  std::vector<size_t> origin;

  /// 0-based character column, in the author's text, of byte `pos` of `text`
  /// (muparser reports byte positions). A negative position (muparser's
  /// "unknown") gives 0.
  int ColumnOf(int pos) const;
};

NormalizedFormula NormalizeFormula(std::string_view raw);

/// Byte offset of the first "=" that would assign (muparser's "=" overwrites
/// the bound variable): one not part of ==, <=, >= or !=. npos when there is
/// none.
size_t FindAssignment(std::string_view text);

/// Byte offset of the first comma outside parentheses ("业绩值*1,5": a second
/// result), or npos.
size_t FindTopLevelComma(std::string_view text);

/// A name in a formula: a run of ASCII letters, digits, '_' and non-ASCII bytes
/// that does not start with a digit (muparser's name characters as we define
/// them).
struct FormulaName {
  size_t pos;  // byte offset
  std::string_view name;
};

/// Every name in `text`, in order, with repeats.
std::vector<FormulaName> FormulaNames(std::string_view text);

/// `text` with each occurrence of names[i] replaced by values[i] as TraceNumber
/// writes it (negative values in parentheses): "业绩值/目标值*权重" →
/// "58/60*8". REQUIRES: names.size() == values.size().
std::string SubstituteValues(std::string_view text, const std::vector<std::string>& names,
                             const std::vector<double>& values);

}  // namespace jixiao

#endif  // JIXIAO_RULES_FORMULA_TEXT_H_
