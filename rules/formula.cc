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
#include "rules/formula_text.h"
#include "rules/result.h"

namespace jixiao {
namespace {

enum class Input {
  kActual,
  kTarget,
  kWeight,
  kBudgetInitial,
  kBudgetFullYear,
  kBudgetExecuted,
  kExecutionRate,
  kIndicator,  // another indicator's actual value, by id
};
// The inputs before kIndicator each have one storage slot, indexed by value.
constexpr size_t kBuiltinInputs = static_cast<size_t>(Input::kIndicator);

struct InputName {
  std::string_view name;
  Input input;
};

// Every name of a built-in input.
constexpr InputName kInputNames[] = {
    {"业绩值", Input::kActual},
    {"actual", Input::kActual},
    {"B", Input::kActual},
    {"目标值", Input::kTarget},
    {"target", Input::kTarget},
    {"A", Input::kTarget},
    {"权重", Input::kWeight},
    {"分值", Input::kWeight},
    {"weight", Input::kWeight},
    {"w", Input::kWeight},
    {"年初预算数", Input::kBudgetInitial},
    {"budget_initial", Input::kBudgetInitial},
    {"全年预算数", Input::kBudgetFullYear},
    {"budget_full_year", Input::kBudgetFullYear},
    {"全年执行数", Input::kBudgetExecuted},
    {"budget_executed", Input::kBudgetExecuted},
    {"执行率", Input::kExecutionRate},
    {"execution_rate", Input::kExecutionRate},
};
// What an unknown-name message offers, followed by up to kMaxListedIds
// indicator ids.
constexpr std::string_view kListedInputs =
    "业绩值、目标值、权重、年初预算数、全年预算数、全年执行数、执行率";
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

}  // namespace

struct CompiledFormula::Impl {
  struct Binding {
    Input input;
    std::string indicator_id;  // kIndicator only
    double* slot;              // into `slots`
  };

  Impl(std::string normalised, size_t indicator_count)
      : text(std::move(normalised)),
        slot_count(kBuiltinInputs + indicator_count),
        slots(std::make_unique<double[]>(slot_count)) {}

  // Defines the functions, the built-in inputs and the indicator ids that are
  // valid muparser names and shadow no input or function. Throws
  // mu::ParserError only for the built-ins (a bug).
  void DefineInputs(const std::vector<std::string>& indicator_ids) {
    // Name characters first: DefineVar checks names against them.
    parser.DefineNameChars(NameChars().c_str());
    parser.DefineFun("clamp", Clamp);
    parser.DefineFun("ratio", Ratio);
    for (const InputName& in : kInputNames) {
      Binding b{in.input, {}, &slots[static_cast<size_t>(in.input)]};
      parser.DefineVar(std::string(in.name), b.slot);
      bindings.emplace(std::string(in.name), std::move(b));
    }
    for (size_t i = 0; i < indicator_ids.size(); ++i) {
      const std::string& id = indicator_ids[i];
      if (bindings.contains(id) || parser.GetFunDef().contains(id)) continue;
      Binding b{Input::kIndicator, id, &slots[kBuiltinInputs + i]};
      try {
        parser.DefineVar(id, b.slot);
      } catch (const mu::ParserError&) {
        // Not a muparser name ("1.2.3", "_pi"): no formula can write it.
        continue;
      }
      bindings.emplace(id, std::move(b));
      ids.push_back(id);
    }
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
    for (const std::string& name : used) used_bindings.push_back(bindings.at(name));
    return unknown;
  }

  // SetExpr is lazy (DEPENDENCIES.md §3): evaluating once now makes syntax
  // errors surface at load rather than on the first project.
  void ParseNow() {
    std::fill_n(slots.get(), slot_count, 1.0);
    parser.Eval();
  }

  // "业绩值、目标值、…、满意度" for an unknown-name message.
  std::string KnownNames() const {
    std::string known(kListedInputs);
    for (size_t i = 0; i < ids.size() && i < kMaxListedIds; ++i) known += "、" + ids[i];
    if (ids.size() > kMaxListedIds) known += " 等 " + std::to_string(ids.size()) + " 个指标编号";
    return known;
  }

  mu::Parser parser;
  std::string text;  // normalised
  size_t slot_count;
  std::unique_ptr<double[]> slots;                       // muparser points here; never reallocated
  std::map<std::string, Binding, std::less<>> bindings;  // every defined name
  std::vector<std::string> ids;                          // the indicator ids a formula may name
  std::vector<std::string> used;                         // names as written, in order of first use
  std::vector<Binding> used_bindings;                    // parallel to `used`
};

CompiledFormula::CompiledFormula(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CompiledFormula::~CompiledFormula() = default;

const std::string& CompiledFormula::text() const { return impl_->text; }
const std::vector<std::string>& CompiledFormula::used_inputs() const { return impl_->used; }

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
  const NormalizedFormula n = NormalizeFormula(raw);
  if (Trim(n.text).empty()) return error_at(0, "公式为空", std::string(kExampleHint));
  if (size_t pos = FindTooDeepParenthesis(n.text); pos != std::string_view::npos)
    return error_at(n.ColumnOf(static_cast<int>(pos)),
                    "公式中的括号嵌套过深（上限 " + std::to_string(kMaxFormulaNesting) + " 层）",
                    "化简公式，或把一部分拆到另一个指标中");
  if (size_t pos = FindAssignment(n.text); pos != std::string_view::npos)
    return error_at(n.ColumnOf(static_cast<int>(pos)), "公式中的「=」是赋值，不能用来比较",
                    "比较是否相等请写「==」");

  auto impl = std::make_unique<Impl>(n.text, indicator_ids.size());
  try {
    impl->DefineInputs(indicator_ids);
    impl->parser.SetExpr(impl->text);
    const std::vector<FormulaName> unknown = impl->ResolveNames();
    for (const FormulaName& name : unknown)
      error_at(n.ColumnOf(static_cast<int>(name.pos)),
               "公式引用了未知的输入「" + std::string(name.name) + "」（可用：" +
                   impl->KnownNames() + "）",
               "检查名称是否写错；也可用英文名 actual、target、weight，"
               "或其他指标的编号");
    if (!unknown.empty()) return nullptr;
    impl->ParseNow();
    if (impl->parser.GetNumResults() != 1) {
      const size_t comma = FindTopLevelComma(n.text);
      return error_at(n.ColumnOf(comma == std::string_view::npos ? 0 : static_cast<int>(comma)),
                      "公式只能有一个结果，「,」只能分隔函数的参数",
                      "小数点请写「.」，例如 1.5 而不是 1,5");
    }
  } catch (const mu::ParserError& e) {
    Message m = SyntaxMessage(e);
    int pos = e.GetPos();
    if (const size_t quote = n.text.find('"');
        IsStringError(e.GetCode()) && quote != std::string::npos)
      pos = static_cast<int>(quote);  // the literal's start, not its end
    return error_at(n.ColumnOf(pos), std::move(m.text), std::move(m.hint));
  }
  return std::unique_ptr<CompiledFormula>(new CompiledFormula(std::move(impl)));
}

namespace {

// The value of one input for this indicator, or nullopt when it is absent.
std::optional<double> InputValue(Input input, std::string_view indicator_id, const RuleInput& in,
                                 const IndicatorValues& others) {
  switch (input) {
    case Input::kActual:
      return in.actual;
    case Input::kTarget:
      return in.target;
    case Input::kWeight:
      return in.weight;
    case Input::kBudgetInitial:
      return in.budget_initial;
    case Input::kBudgetFullYear:
      return in.budget_full_year;
    case Input::kBudgetExecuted:
      return in.budget_executed;
    case Input::kExecutionRate:
      // 执行率 = 全年执行数 / 全年预算数 (Evaluate rejects a budget of 0
      // first).
      if (!in.budget_full_year || !in.budget_executed) return std::nullopt;
      return *in.budget_executed / *in.budget_full_year;
    case Input::kIndicator:
      if (auto it = others.find(indicator_id); it != others.end()) return it->second;
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

RuleResult CompiledFormula::Evaluate(const RuleInput& in, const IndicatorValues& others) const {
  const Impl& m = *impl_;
  std::vector<double> values;
  for (size_t i = 0; i < m.used.size(); ++i) {
    const Impl::Binding& b = m.used_bindings[i];
    const std::optional<double> v = InputValue(b.input, b.indicator_id, in, others);
    if (!v) return MissingData("缺少公式输入「" + m.used[i] + "」");
    if (b.input == Input::kExecutionRate && *in.budget_full_year == 0)
      return CannotScore("全年预算数为 0，无法计算执行率");
    if (!std::isfinite(*v)) return CannotScore("公式输入「" + m.used[i] + "」不是有限数值");
    *b.slot = *v;
    values.push_back(*v);
  }

  double result = 0;
  try {
    result = m.parser.Eval();
  } catch (const mu::ParserError& e) {
    return CannotScore("公式计算出错：" + e.GetMsg());
  }
  std::string formula =
      m.text + " = " + SubstituteValues(m.text, m.used, values) + " = " + TraceNumber(result);
  if (!std::isfinite(result)) {
    RuleResult r = CannotScore("公式结果不是有限数值（可能除以了 0，可改用 ratio(a, b)）");
    r.formula = std::move(formula);
    return r;
  }
  return Scored(result, in.weight, std::move(formula), "按公式计分");
}

}  // namespace jixiao
