// Method F: muparser behind CompiledFormula. This is the only file that
// includes muParser.h, and mu::ParserError is caught here and nowhere else.
// The traps guarded against are measured in DEPENDENCIES.md §1–§3: Chinese
// names need DefineNameChars, full-width punctuation breaks names, "=" assigns,
// "1,5" yields two results, positions are bytes, parsing is lazy, x/0 is inf.
#include "rules/formula.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <muParser.h>

#include "indicators/limits.h"
#include "indicators/utf8.h"
#include "indicators/yaml_reader.h"
#include "rules/formula_inputs.h"
#include "rules/formula_text.h"
#include "rules/result.h"

namespace jixiao {
namespace {

// An unknown-name message lists up to kMaxListedIds indicator ids.
constexpr size_t kMaxListedIds = 8;
constexpr std::string_view kExampleHint = "公式写法示例：min(业绩值/目标值, 1)*权重";

/// clamp(v, lo, hi).
double Clamp(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }
/// ratio(a, b) = a/b, and 0 when b = 0, so authors can divide without producing
/// inf.
double Ratio(double a, double b) { return b == 0 ? 0 : a / b; }

// muparser's name characters plus every byte of a UTF-8 sequence, so 业绩值 is
// one name.
std::string NameChars() {
  std::string chars = "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (int c = 0x80; c <= 0xFF; ++c) chars.push_back(static_cast<char>(c));
  return chars;
}

// The position of the first "(" nested deeper than kMaxFormulaNesting, or npos.
size_t FindTooDeepParenthesis(std::string_view text) {
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' && ++depth > kMaxFormulaNesting) return i;
    if (text[i] == ')') --depth;
  }
  return std::string_view::npos;
}

struct Message {
  std::string text;
  std::string hint;
};

// Errors about string literals, which muparser locates at the literal's end.
bool IsStringError(mu::EErrorCodes code) {
  return code == mu::ecUNEXPECTED_STR || code == mu::ecSTR_RESULT ||
         code == mu::ecSTRING_EXPECTED || code == mu::ecUNTERMINATED_STRING ||
         code == mu::ecOPRT_TYPE_CONFLICT;
}

// muparser's English messages, said in Chinese with what to do about them.
Message SyntaxMessage(const mu::ParserError& e) {
  const std::string token(Trim(e.GetToken()));
  if (IsStringError(e.GetCode()))
    return {"公式不支持文字（引号中的内容）", "定性结论请用定性匹配方法（M12）评分"};
  switch (e.GetCode()) {
    case mu::ecUNEXPECTED_EOF:
      return {"公式不完整：结尾缺少数值或右括号", "补全公式的末尾"};
    case mu::ecUNEXPECTED_OPERATOR:
      return {"此处不应出现运算符「" + token + "」", "检查是否多写了运算符或少写了数值"};
    case mu::ecUNASSIGNABLE_TOKEN:
      if (token.starts_with("%"))
        return {"公式不支持百分号「%」", "百分数按数值写：90% 写成 90（业绩值 85% 即 85）"};
      return {"无法识别「" + token + "」", std::string(kExampleHint)};
    case mu::ecUNEXPECTED_ARG_SEP:
      return {"此处不应出现逗号「,」", "逗号只用来分隔函数的参数，小数点请写「.」"};
    case mu::ecUNEXPECTED_VAL:
      return {"此处不应出现数值「" + token + "」", "在两个值之间加上运算符，例如「*」"};
    case mu::ecUNEXPECTED_VAR:
      return {"此处不应出现「" + token + "」", "在两个值之间加上运算符，例如「*」"};
    case mu::ecUNEXPECTED_FUN:
      return {"此处不应出现函数「" + token + "」", "在两个值之间加上运算符，例如「*」"};
    case mu::ecUNEXPECTED_PARENS:
      return {"此处不应出现括号「" + token + "」", "检查括号是否成对"};
    case mu::ecMISSING_PARENS:
      return {"缺少右括号「)」", "检查括号是否成对"};
    case mu::ecTOO_MANY_PARAMS:
      return {"函数「" + token + "」的参数太多", "clamp(值, 下限, 上限)，ratio(a, b)"};
    case mu::ecTOO_FEW_PARAMS:
      return {"函数「" + token + "」的参数太少", "clamp(值, 下限, 上限)，ratio(a, b)"};
    case mu::ecMISSING_ELSE_CLAUSE:
      return {"条件表达式缺少「:」后的分支", "写成「条件 ? 值1 : 值2」"};
    case mu::ecMISPLACED_COLON:
    case mu::ecUNEXPECTED_CONDITIONAL:
      return {"条件表达式的「?」与「:」不配对", "写成「条件 ? 值1 : 值2」"};
    case mu::ecIDENTIFIER_TOO_LONG:
      return {"名称过长（最多 33 个汉字或 100 个字母）", "缩短名称"};
    case mu::ecEMPTY_EXPRESSION:
      return {"公式为空", std::string(kExampleHint)};
    default:
      return {"公式有语法错误：" + e.GetMsg(), std::string(kExampleHint)};
  }
}

// What is wrong with a formula's brackets.
Message BracketMessage(BracketedNames::Problem problem) {
  const std::string hint = "其他指标的编号可写在方括号中，例如 [满意度-调查]";
  switch (problem) {
    case BracketedNames::Problem::kUnclosed:
      return {"方括号「[」没有配对的「]」", hint};
    case BracketedNames::Problem::kUnopened:
      return {"方括号「]」没有配对的「[」", hint};
    case BracketedNames::Problem::kEmpty:
      return {"方括号中没有指标编号", hint};
    case BracketedNames::Problem::kNoOperator:
    case BracketedNames::Problem::kNone:
      break;
  }
  return {"方括号前后缺少运算符", "在两个值之间加上运算符，例如「*」"};
}

}  // namespace

struct CompiledFormula::Impl {
  struct Binding {
    FormulaInput input;
    std::string indicator_id;  // kIndicator only
    double* slot;              // into `slots`
  };

  Impl(std::string rewritten, std::string shown, std::vector<std::string> bracketed_names,
       size_t indicator_count)
      : text(std::move(rewritten)),
        display(std::move(shown)),
        bracketed(std::move(bracketed_names)),
        slot_count(kBuiltinFormulaInputs + indicator_count),
        slots(std::make_unique<double[]>(slot_count)) {}

  // Defines the functions, the built-in inputs, the indicator ids a formula
  // can write bare (muparser names that shadow no input or function), and
  // the bracketed names that name an id or an input. Throws mu::ParserError
  // only for the built-ins (a bug).
  void DefineInputs(const std::vector<std::string>& indicator_ids) {
    // Name characters first: DefineVar checks names against them.
    parser.DefineNameChars(NameChars().c_str());
    parser.DefineFun("clamp", Clamp);
    parser.DefineFun("ratio", Ratio);
    for (const FormulaInputName& in : kFormulaInputNames) {
      Binding b{in.input, {}, &slots[static_cast<size_t>(in.input)]};
      parser.DefineVar(std::string(in.name), b.slot);
      bindings.emplace(std::string(in.name), std::move(b));
    }
    std::vector<std::string> spellings;  // each id as a formula reads it
    for (size_t i = 0; i < indicator_ids.size(); ++i) {
      spellings.emplace_back(Trim(NormalizeFormula(indicator_ids[i]).text));
      const std::string& spelling = spellings.back();
      Binding b{FormulaInput::kIndicator, indicator_ids[i], &slots[kBuiltinFormulaInputs + i]};
      if (IsPlainName(spelling) && !bindings.contains(spelling) &&
          !parser.GetFunDef().contains(spelling) && TryDefine(spelling, b.slot)) {
        bindings.emplace(spelling, std::move(b));
        listed.push_back(spelling);
        continue;
      }
      listed.push_back("[" + indicator_ids[i] + "]");
      if (!IsPlainName(spelling) && !ParseYamlNumber(spelling))
        needs_brackets.push_back({spelling, indicator_ids[i]});
    }
    // In brackets, an indicator id first (an id "A" is [A]), then an input.
    for (size_t k = 0; k < bracketed.size(); ++k) {
      std::optional<Binding> b;
      if (auto it = std::find(spellings.begin(), spellings.end(), bracketed[k]);
          it != spellings.end()) {
        const size_t i = static_cast<size_t>(it - spellings.begin());
        b = Binding{FormulaInput::kIndicator, indicator_ids[i], &slots[kBuiltinFormulaInputs + i]};
      } else if (auto input = bindings.find(bracketed[k]);
                 input != bindings.end() && input->second.input != FormulaInput::kIndicator) {
        b = input->second;
      }
      if (!b) continue;  // an unknown name, which ResolveNames reports
      const std::string variable = BracketVariable(k);
      parser.DefineVar(variable, b->slot);
      bindings.emplace(variable, std::move(*b));
    }
  }

  // False when muparser refuses `name` ("_pi" is a constant).
  bool TryDefine(const std::string& name, double* slot) {
    try {
      parser.DefineVar(name, slot);
    } catch (const mu::ParserError&) {
      return false;
    }
    return true;
  }

  // Fills `used` in order of first use and returns the first occurrence of
  // each name that is not an input. Throws mu::ParserError on syntax errors.
  std::vector<FormulaName> ResolveNames() {
    // GetUsedVar parses with unknown names allowed, mapping them to nullptr.
    const mu::varmap_type& found = parser.GetUsedVar();
    std::vector<FormulaName> unknown;
    for (const FormulaName& name : FormulaNames(text)) {
      const auto it = found.find(std::string(name.name));
      if (it == found.end()) continue;
      if (it->second == nullptr) {
        if (std::none_of(unknown.begin(), unknown.end(),
                         [&](const FormulaName& u) { return u.name == name.name; }))
          unknown.push_back(name);
      } else if (std::find(used.begin(), used.end(), name.name) == used.end()) {
        used.emplace_back(name.name);
      }
    }
    if (!unknown.empty()) return unknown;
    // A name muparser found and the scan did not would otherwise keep its
    // placeholder value. It may also be no input at all: muparser reads "1E" as a
    // name, which the scan takes for a number (found by fuzzing).
    for (const auto& [name, slot] : found) {
      if (std::find(used.begin(), used.end(), name) != used.end()) continue;
      if (slot == nullptr || !bindings.contains(name)) {
        const size_t pos = text.find(name);
        unknown.push_back(FormulaName{pos == std::string::npos ? 0 : pos, name});
        continue;
      }
      used.push_back(name);
    }
    if (!unknown.empty()) return unknown;
    for (const std::string& name : used) {
      used_bindings.push_back(bindings.at(name));
      labels.push_back(Shown(name));
    }
    return unknown;
  }

  // SetExpr is lazy (DEPENDENCIES.md §3): evaluating once now makes syntax
  // errors surface at load rather than on the first project.
  void ParseNow() {
    std::fill_n(slots.get(), slot_count, 1.0);
    parser.Eval();
  }

  // `s` with each bracketed name's variable written back as the author wrote
  // it: "[满意度-调查]".
  std::string Shown(std::string s) const {
    for (size_t k = 0; k < bracketed.size(); ++k) {
      const std::string variable = BracketVariable(k);
      const std::string written = "[" + bracketed[k] + "]";
      // Past each replacement: the name itself may hold the variable's characters (found by
      // fuzzing: "[满意度\uE0000\uE001]" looped forever).
      for (size_t at = s.find(variable); at != std::string::npos;
           at = s.find(variable, at + written.size()))
        s.replace(at, variable.size(), written);
    }
    return s;
  }

  // The first id written bare that a formula can only write in brackets
  // ("满意度-调查/目标值"), to say so instead of what muparser makes of it.
  // Its byte offset and the id, as the template writes it.
  std::optional<std::pair<size_t, std::string>> BareId() const {
    std::optional<std::pair<size_t, std::string>> first;
    for (const auto& [spelling, id] : needs_brackets)
      if (const size_t pos = FindStandalone(text, spelling);
          pos != std::string::npos && (!first || pos < first->first))
        first = {pos, id};
    return first;
  }

  // "业绩值、目标值、…、满意度、[满意度-调查]" for an unknown-name message.
  std::string KnownNames() const {
    std::string known(kListedFormulaInputs);
    for (size_t i = 0; i < listed.size() && i < kMaxListedIds; ++i) known += "、" + listed[i];
    if (listed.size() > kMaxListedIds)
      known += " 等 " + std::to_string(listed.size()) + " 个指标编号";
    return known;
  }

  mu::Parser parser;
  std::string text;                    // what muparser parses: bracketed names rewritten
  std::string display;                 // normalised, as the author wrote it
  std::vector<std::string> bracketed;  // the names written in brackets
  size_t slot_count;
  std::unique_ptr<double[]> slots;                       // muparser points here; never reallocated
  std::map<std::string, Binding, std::less<>> bindings;  // every defined name
  std::vector<std::string> listed;  // every indicator id, as a formula writes it
  // Ids that are no muparser name: how a formula reads them, and as written.
  std::vector<std::pair<std::string, std::string>> needs_brackets;
  std::vector<std::string> used;       // names muparser reads, in order of first use
  std::vector<std::string> labels;     // parallel to `used`, as the author wrote them
  std::vector<Binding> used_bindings;  // parallel to `used`
};

CompiledFormula::CompiledFormula(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CompiledFormula::~CompiledFormula() = default;

const std::string& CompiledFormula::text() const { return impl_->display; }
const std::vector<std::string>& CompiledFormula::used_inputs() const { return impl_->labels; }

std::unique_ptr<CompiledFormula> CompiledFormula::Compile(
    std::string_view raw, const std::vector<std::string>& indicator_ids,
    const SourceLocation& where, const std::string& indicator_path,
    std::vector<Diagnostic>& diagnostics) {
  // Reports an error `column` characters into the formula; returns nullptr.
  const auto error_at = [&](int column, std::string message, std::string hint) {
    SourceLocation at = where;
    at.column = std::max(where.column, 1) + column;
    AddError(diagnostics, std::move(at), std::move(message), std::move(hint), indicator_path);
    return nullptr;
  };
  if (FindInvalidUtf8(raw) != std::string_view::npos)
    return error_at(0, "公式不是有效的 UTF-8 文本", "以 UTF-8 编码保存模板");
  if (const int length = CodePointsBefore(raw, raw.size()); length > kMaxFormulaChars)
    return error_at(0,
                    "公式过长（" + std::to_string(length) + " 个字符，上限 " +
                        std::to_string(kMaxFormulaChars) + "）",
                    "把公式拆到几个指标中，或化简公式");
  NormalizedFormula n = NormalizeFormula(raw);
  if (Trim(n.text).empty()) return error_at(0, "公式为空", std::string(kExampleHint));
  std::string display = n.text;
  BracketedNames brackets = RewriteBracketedNames(n);
  if (brackets.problem != BracketedNames::Problem::kNone) {
    Message m = BracketMessage(brackets.problem);
    return error_at(n.ColumnOf(static_cast<int>(brackets.problem_pos)), std::move(m.text),
                    std::move(m.hint));
  }
  if (size_t pos = FindTooDeepParenthesis(n.text); pos != std::string_view::npos)
    return error_at(n.ColumnOf(static_cast<int>(pos)),
                    "公式中的括号嵌套过深（上限 " + std::to_string(kMaxFormulaNesting) + " 层）",
                    "化简公式，或把一部分拆到另一个指标中");
  if (size_t pos = FindAssignment(n.text); pos != std::string_view::npos)
    return error_at(n.ColumnOf(static_cast<int>(pos)), "公式中的「=」是赋值，不能用来比较",
                    "比较是否相等请写「==」");

  auto impl = std::make_unique<Impl>(n.text, std::move(display), std::move(brackets.names),
                                     indicator_ids.size());
  // A formula that fails with an id written bare ("满意度-调查") fails because of it.
  const auto bare_id = [&]() -> bool {
    const auto id = impl->BareId();
    if (!id) return false;
    error_at(n.ColumnOf(static_cast<int>(id->first)),
             "指标编号「" + id->second + "」不能直接写在公式中",
             "写在方括号中：[" + id->second + "]");
    return true;
  };
  try {
    impl->DefineInputs(indicator_ids);
    impl->parser.SetExpr(impl->text);
    const std::vector<FormulaName> unknown = impl->ResolveNames();
    if (!unknown.empty()) {
      if (bare_id()) return nullptr;
      for (const FormulaName& name : unknown)
        error_at(n.ColumnOf(static_cast<int>(name.pos)),
                 "公式引用了未知的输入「" + impl->Shown(std::string(name.name)) + "」（可用：" +
                     impl->KnownNames() + "）",
                 "检查名称是否写错；也可用英文名 actual、target、weight，"
                 "或其他指标的编号");
      return nullptr;
    }
    impl->ParseNow();
    if (impl->parser.GetNumResults() != 1) {
      if (bare_id()) return nullptr;
      const size_t comma = FindTopLevelComma(n.text);
      return error_at(n.ColumnOf(comma == std::string_view::npos ? 0 : static_cast<int>(comma)),
                      "公式只能有一个结果，「,」只能分隔函数的参数",
                      "小数点请写「.」，例如 1.5 而不是 1,5");
    }
  } catch (const mu::ParserError& e) {
    if (bare_id()) return nullptr;
    Message m = SyntaxMessage(e);
    int pos = e.GetPos();
    if (const size_t quote = n.text.find('"');
        IsStringError(e.GetCode()) && quote != std::string::npos)
      pos = static_cast<int>(quote);  // the literal's start, not its end
    return error_at(n.ColumnOf(pos), impl->Shown(std::move(m.text)), std::move(m.hint));
  }
  return std::unique_ptr<CompiledFormula>(new CompiledFormula(std::move(impl)));
}

RuleResult CompiledFormula::Evaluate(const RuleInput& in, const IndicatorValues& others) const {
  const Impl& m = *impl_;
  std::vector<double> values;
  for (size_t i = 0; i < m.used.size(); ++i) {
    const Impl::Binding& b = m.used_bindings[i];
    const std::optional<double> v = FormulaInputValue(b.input, b.indicator_id, in, others);
    if (!v) return MissingData("缺少公式输入「" + m.labels[i] + "」");
    if (b.input == FormulaInput::kExecutionRate && *in.budget_full_year == 0)
      return CannotScore("全年预算数为 0，无法计算执行率");
    if (!std::isfinite(*v)) return CannotScore("公式输入「" + m.labels[i] + "」不是有限数值");
    *b.slot = *v;
    if (in.explain) values.push_back(*v);
  }

  double result = 0;
  try {
    result = m.parser.Eval();
  } catch (const mu::ParserError& e) {
    return CannotScore("公式计算出错：" + e.GetMsg());
  }
  std::string formula = Explain(in, [&] {
    return m.display + " = " + SubstituteValues(m.text, m.used, values) + " = " +
           TraceNumber(result);
  });
  if (!std::isfinite(result)) {
    RuleResult r = CannotScore("公式结果不是有限数值（可能除以了 0，可改用 ratio(a, b)）");
    r.formula = std::move(formula);
    return r;
  }
  return Scored(result, in.weight, std::move(formula), Explain(in, [] { return "按公式计分"; }));
}

}  // namespace jixiao
