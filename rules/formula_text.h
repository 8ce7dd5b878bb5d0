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

/// A formula normalised for muparser: NFKC first (full-width ／＊（），＞＝？：［］
/// and U+3000 become ASCII), then the symbols NFKC keeps mapped to operators: ×
/// → *, ÷ → /, − → -, ≥ → >=, ≤ → <=, ≠ → != (DEPENDENCIES.md §1, pitfall 1),
/// and 【】 to [].
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

/// True when muparser can read `name` as one name: name bytes only, not starting with a digit.
bool IsPlainName(std::string_view name);

/// Byte offset of the first occurrence of `name` in `text` that stands alone (no name byte
/// right before or after it), or npos.
size_t FindStandalone(std::string_view text, std::string_view name);

/// The names a formula writes in brackets, "[满意度-调查]": the way to name an indicator whose id
/// muparser cannot read as a name ("-", "/", parentheses, spaces, a leading digit) or that a
/// built-in input shadows. 【…】 (a Chinese keyboard's brackets) and ［…］ read the same.
struct BracketedNames {
  enum class Problem { kNone, kUnclosed, kUnopened, kEmpty, kNoOperator };
  std::vector<std::string> names;  // distinct, spaces trimmed, in order of first appearance
  Problem problem = Problem::kNone;
  size_t problem_pos = 0;  // byte offset in the text before the rewrite
};

/// Rewrites each "[name]" of `n.text` into BracketVariable(i), i being the name's index in the
/// result, and keeps `n.origin` in step (the variable maps to the "["). On a problem (a bracket
/// without its pair, empty brackets, a name or another bracket right beside one) stops, leaving
/// `n` as it was.
BracketedNames RewriteBracketedNames(NormalizedFormula& n);

/// The name muparser reads for the `index`-th bracketed name: private-use characters around the
/// number, which no author writes and NFKC leaves alone.
std::string BracketVariable(size_t index);

/// `text` with each occurrence of names[i] replaced by values[i] as TraceNumber
/// writes it (negative values in parentheses): "业绩值/目标值*权重" →
/// "58/60*8". REQUIRES: names.size() == values.size().
std::string SubstituteValues(std::string_view text, const std::vector<std::string>& names,
                             const std::vector<double>& values);

}  // namespace jixiao

#endif  // JIXIAO_RULES_FORMULA_TEXT_H_
