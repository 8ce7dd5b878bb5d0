#include "rules/formula.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/rules/rule_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;

const SourceLocation kWhere{"central.yaml", 12, 14};
constexpr const char* kPath = "产出指标/数量指标/培训人数";

struct Compiled {
  std::unique_ptr<CompiledFormula> formula;
  std::vector<Diagnostic> diagnostics;
};

Compiled Compile(std::string_view text, const std::vector<std::string>& ids = {}) {
  Compiled c;
  c.formula = CompiledFormula::Compile(text, ids, kWhere, kPath, c.diagnostics);
  return c;
}

// The one error a formula that fails to compile must produce.
Diagnostic OnlyError(std::string_view text, const std::vector<std::string>& ids = {}) {
  Compiled c = Compile(text, ids);
  BOOST_TEST(!c.formula);
  BOOST_TEST_REQUIRE(c.diagnostics.size() == 1u);
  return c.diagnostics[0];
}

struct Case {
  const char* text;
  double w, a, b, points;
};
std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.text << " w=" << c.w << " A=" << c.a << " B=" << c.b;
}

const std::vector<Case> kCases = {
    {"业绩值/目标值*权重", 8, 60, 58, 8.0 * 58 / 60},
    {"业绩值／目标值＊权重", 8, 60, 58, 8.0 * 58 / 60},  // full-width operators
    {"业绩值 ÷ 目标值 × 权重", 8, 60, 58, 8.0 * 58 / 60},
    {"actual/target*weight", 8, 60, 58, 8.0 * 58 / 60},
    {"B/A*w", 8, 60, 58, 8.0 * 58 / 60},
    {"业绩值/目标值*分值", 8, 60, 58, 8.0 * 58 / 60},
    {"min(业绩值/目标值, 1)*权重", 20, 100, 85, 17},
    {"min(业绩值/目标值, 1)*权重", 20, 100, 120, 20},
    {"业绩值>=目标值 ? 权重 : 0", 20, 100, 85, 0},
    {"业绩值>=目标值 ? 权重 : 0", 20, 100, 120, 20},
    {"业绩值≥目标值 ? 权重 : 0", 20, 100, 120, 20},
    {"业绩值＞＝目标值 ？ 权重 ： 0", 20, 100, 120, 20},
    {"业绩值 == 目标值 ? 权重 : 0", 5, 3, 3, 5},
    {"业绩值≠目标值 ? 0 : 权重", 5, 3, 3, 5},
    {"clamp(业绩值/目标值, 0, 1)*权重", 20, 100, 150, 20},
    {"ratio(业绩值, 目标值)*权重", 20, 0, 5, 0},  // zero-safe division
    {"abs(业绩值-目标值) <= 5 ? 权重 : max(0, 权重 - 1)", 4, 100, 110, 3},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(formula)

BOOST_DATA_TEST_CASE(evaluates_formulas_over_named_inputs, bdata::make(kCases), c) {
  Compiled compiled = Compile(c.text);
  BOOST_TEST_REQUIRE(compiled.diagnostics.empty());
  BOOST_TEST_REQUIRE(compiled.formula != nullptr);
  const RuleResult r = compiled.formula->Evaluate(Numbers(c.w, c.a, c.b), {});
  BOOST_TEST(r.outcome == Outcome::kScored);
  BOOST_TEST(r.points == c.points, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(trace_shows_the_text_with_values_substituted) {
  Compiled c = Compile("业绩值／目标值＊权重");
  const RuleResult r = c.formula->Evaluate(Numbers(8, 60, 58), {});
  BOOST_TEST(r.formula == "业绩值/目标值*权重 = 58/60*8 = 7.733333");
  BOOST_TEST(r.reason == "按公式计分");
  BOOST_TEST(c.formula->text() == "业绩值/目标值*权重");
}

BOOST_AUTO_TEST_CASE(used_inputs_are_listed_in_order_of_first_use) {
  Compiled c = Compile("权重*业绩值/目标值 + 业绩值*0");
  BOOST_TEST(c.formula->used_inputs() == (std::vector<std::string>{"权重", "业绩值", "目标值"}),
             tt::per_element());
}

BOOST_AUTO_TEST_CASE(compiled_once_evaluated_many_times) {
  Compiled c = Compile("min(业绩值/目标值, 1)*权重");
  BOOST_TEST(c.formula->Evaluate(Numbers(20, 100, 85), {}).points == 17.0, tt::tolerance(1e-9));
  BOOST_TEST(c.formula->Evaluate(Numbers(20, 100, 120), {}).points == 20.0, tt::tolerance(1e-9));
  BOOST_TEST(c.formula->Evaluate(Numbers(10, 50, 25), {}).points == 5.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(two_formulas_do_not_share_inputs) {
  Compiled first = Compile("业绩值");
  Compiled second = Compile("业绩值");
  BOOST_TEST(first.formula->Evaluate(Numbers(100, 1, 30), {}).points == 30.0);
  BOOST_TEST(second.formula->Evaluate(Numbers(100, 1, 40), {}).points == 40.0);
  BOOST_TEST(first.formula->Evaluate(Numbers(100, 1, 30), {}).formula == "业绩值 = 30 = 30");
}

BOOST_AUTO_TEST_CASE(assignment_is_rejected_before_it_can_overwrite_an_input) {
  const Diagnostic d = OnlyError("业绩值 = 5");
  BOOST_TEST(d.message == "公式中的「=」是赋值，不能用来比较");
  BOOST_TEST(d.hint == "比较是否相等请写「==」");
  BOOST_TEST(d.where.column == 14 + 4);
  BOOST_TEST(OnlyError("业绩值=目标值 ? 1 : 0").where.column == 14 + 3);
  BOOST_TEST(OnlyError("权重 += 1").message == "公式中的「=」是赋值，不能用来比较");
}

BOOST_AUTO_TEST_CASE(comparisons_with_equals_signs_are_not_assignments) {
  for (const char* text :
       {"业绩值 == 目标值", "业绩值 <= 目标值", "业绩值 >= 目标值", "业绩值 != 目标值"}) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(Compile(text).diagnostics.empty()); }
  }
}

BOOST_AUTO_TEST_CASE(a_decimal_comma_is_rejected_as_a_second_result) {
  const Diagnostic d = OnlyError("业绩值*1,5");
  BOOST_TEST(d.message == "公式只能有一个结果，「,」只能分隔函数的参数");
  BOOST_TEST(d.hint == "小数点请写「.」，例如 1.5 而不是 1,5");
  BOOST_TEST(d.where.column == 14 + 5);
  BOOST_TEST(Compile("min(业绩值, 1,5)*权重").diagnostics.empty());  // commas inside a call
}

BOOST_AUTO_TEST_CASE(unknown_name_is_reported_with_the_names_available) {
  const Diagnostic d = OnlyError("业绩值/目标值*权重系数", {"满意度"});
  BOOST_TEST(FormatDiagnostic(d) ==
             "central.yaml:12:22: error: "
             "公式引用了未知的输入「权重系数」（可用：业绩值、目标值、权重、年"
             "初预算数、全年预算数、"
             "全年执行数、执行率、满意度） [产出指标/数量指标/培训人数]\n"
             "  hint: 检查名称是否写错；也可用英文名 "
             "actual、target、weight，或其他指标的编号");
}

BOOST_AUTO_TEST_CASE(each_unknown_name_is_reported_once) {
  Compiled c = Compile("甲 + 乙 * 甲");
  BOOST_TEST(!c.formula);
  BOOST_TEST_REQUIRE(c.diagnostics.size() == 2u);
  BOOST_TEST(c.diagnostics[0].where.column == 14);
  BOOST_TEST(c.diagnostics[1].where.column == 14 + 4);
}

BOOST_AUTO_TEST_CASE(long_lists_of_indicator_ids_are_shortened) {
  std::vector<std::string> ids;
  for (int i = 0; i < 10; ++i) ids.push_back("指标" + std::string(1, static_cast<char>('a' + i)));
  const Diagnostic d = OnlyError("未知", ids);
  BOOST_TEST(d.message ==
             "公式引用了未知的输入「未知」（可用：业绩值、目标值、权重、年初预"
             "算数、全年预算数、"
             "全年执行数、执行率、指标a、指标b、指标c、指标d、指标e、指标f、指"
             "标g、指标h 等 10 "
             "个指标编号）");
}

BOOST_AUTO_TEST_CASE(diagnostics_are_appended_not_replaced) {
  std::vector<Diagnostic> diagnostics(1);
  CompiledFormula::Compile("业绩值 = 1", {}, kWhere, kPath, diagnostics);
  BOOST_TEST(diagnostics.size() == 2u);
  BOOST_TEST(diagnostics[1].indicator_path == kPath);
}

struct SyntaxCase {
  const char* text;
  const char* message;
  int column;  // 0-based, in characters
};
std::ostream& operator<<(std::ostream& os, const SyntaxCase& c) { return os << c.text; }

const std::vector<SyntaxCase> kSyntaxErrors = {
    {"业绩值/目标值*权重)", "此处不应出现括号「)」", 10},
    {"业绩值／目标值＊权重）", "此处不应出现括号「)」", 10},  // columns of what was written
    {"业绩值/", "公式不完整：结尾缺少数值或右括号", 4},
    {"(业绩值/目标值", "缺少右括号「)」", 8},
    {"业绩值 目标值", "此处不应出现「目标值」", 4},
    {"业绩值//目标值", "此处不应出现运算符「/」", 4},
    {"clamp(1,2)", "函数「clamp」的参数太少", 9},
    {"业绩值>=目标值 ? 权重", "条件表达式缺少「:」后的分支", 0},
    {"85%", "公式不支持百分号「%」", 2},
    {"1.2.3", "此处不应出现数值「.3」", 3},
    {"业绩值 + \"优秀\"", "公式不支持文字（引号中的内容）", 6},
    {"", "公式为空", 0},
    {"　 ", "公式为空", 0},
    {"\xff", "公式不是有效的 UTF-8 文本", 0},
};

BOOST_DATA_TEST_CASE(syntax_errors_are_located_in_characters_and_said_in_chinese,
                     bdata::make(kSyntaxErrors), c) {
  const Diagnostic d = OnlyError(c.text);
  BOOST_TEST(d.message == c.message);
  BOOST_TEST(d.where.column == 14 + c.column);
  BOOST_TEST(d.where.line == 12);
  BOOST_TEST(d.where.file == "central.yaml");
  BOOST_TEST(d.indicator_path == kPath);
  BOOST_TEST(!d.hint.empty());
}

BOOST_AUTO_TEST_CASE(formula_length_is_bounded) {
  std::string text = "1";
  for (int i = 0; i < 999; ++i) text += "+1";  // 1999 characters
  text += "　";                                // U+3000: 2000 characters, 2002 bytes
  BOOST_TEST(Compile(text).diagnostics.empty());
  text += "1";
  const Diagnostic d = OnlyError(text);
  BOOST_TEST(d.message == "公式过长（2001 个字符，上限 2000）");
}

// Found by fuzzing (tests/fuzz/regressions/formula/exponent_without_digits.txt): muparser reads
// "1E" as a name (an exponent without digits is no number), which the scan for names, taking a
// leading digit for a number, does not see; Compile used to throw std::out_of_range.
BOOST_AUTO_TEST_CASE(exponent_without_digits_is_an_unknown_name) {
  const Diagnostic d = OnlyError("1E");
  BOOST_TEST(
      d.message ==
      "公式引用了未知的输入「1E」（可用：业绩值、目标值、权重、年初预算数、全年预算数、全年执行数、"
      "执行率）");
  BOOST_TEST(d.where.column == 14);
}

// A formula can only compute: muparser has no I/O, and jixiao defines no function beyond
// arithmetic (min, max, abs, clamp, ratio and muparser's mathematics), so a template cannot
// name anything that reads, writes or runs.
BOOST_AUTO_TEST_CASE(formulas_cannot_call_anything_but_arithmetic) {
  for (const char* text : {"system(1)", "exec(1)", "open(1)", "read(1)", "getenv(1)"}) {
    Compiled c = Compile(text);
    BOOST_TEST(!c.formula, text);
    BOOST_TEST(c.diagnostics.size() == 1u, text);
  }
  BOOST_TEST(OnlyError("system(1)").message == "此处不应出现括号「(」");
}

// Syntax errors of docs/errors.md (JX-F…) that no other test asserts.
BOOST_AUTO_TEST_CASE(more_syntax_errors_are_said_in_chinese) {
  BOOST_TEST(OnlyError("业绩值 $ 2").message == "无法识别「$ 2」");
  BOOST_TEST(OnlyError(",1").message == "此处不应出现逗号「,」");
  BOOST_TEST(OnlyError("1 min(1, 2)").message == "此处不应出现函数「min」");
  BOOST_TEST(OnlyError("ratio(1, 2, 3)").message == "函数「ratio」的参数太多");
  BOOST_TEST(OnlyError("1 : 2").message == "条件表达式的「?」与「:」不配对");
}

BOOST_AUTO_TEST_CASE(parenthesis_nesting_is_bounded) {
  const auto nested = [](int depth) {
    return std::string(static_cast<size_t>(depth), '(') + "业绩值" +
           std::string(static_cast<size_t>(depth), ')');
  };
  BOOST_TEST(Compile(nested(32)).diagnostics.empty());
  const Diagnostic d = OnlyError("1+" + nested(33));
  BOOST_TEST(d.message == "公式中的括号嵌套过深（上限 32 层）");
  BOOST_TEST(d.where.column == 14 + 2 + 32);  // the 33rd "("
}

BOOST_AUTO_TEST_CASE(division_by_zero_cannot_be_scored) {
  Compiled c = Compile("业绩值/目标值*权重");
  const RuleResult r = c.formula->Evaluate(Numbers(8, 0, 58), {});
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.points == 0.0);
  BOOST_TEST(r.reason == "公式结果不是有限数值（可能除以了 0，可改用 ratio(a, b)）");
  BOOST_TEST(r.formula == "业绩值/目标值*权重 = 58/0*8 = ∞");
  BOOST_TEST(c.formula->Evaluate(Numbers(8, 0, 0), {}).outcome == Outcome::kCannotScore);  // 0/0
}

BOOST_AUTO_TEST_CASE(result_is_clamped_to_the_weight_and_says_so) {
  Compiled c = Compile("业绩值/目标值*权重");
  const RuleResult over = c.formula->Evaluate(Numbers(8, 50, 100), {});
  BOOST_TEST(over.points == 8.0);
  BOOST_TEST(over.formula == "业绩值/目标值*权重 = 100/50*8 = 16 → 8");
  BOOST_TEST(over.reason == "按公式计分，最高 8 分");
  const RuleResult under = c.formula->Evaluate(Numbers(8, 50, -10), {});
  BOOST_TEST(under.points == 0.0);
  BOOST_TEST(under.formula == "业绩值/目标值*权重 = (-10)/50*8 = -1.6 → 0");
  BOOST_TEST(under.reason == "按公式计分，最低 0 分");
}

// Batch scoring turns the trace off: the same outcome and points, no formula text, no reason
// for a scored result, and the same reason for one that is not (within, over and under the
// weight, division by zero, a missing input, a budget of 0 for 执行率).
BOOST_AUTO_TEST_CASE(explain_off_builds_no_trace_text) {
  const Compiled c = Compile("业绩值/目标值*权重 + 0*执行率");
  const std::optional<double> values[] = {std::nullopt, -10, 0, 50, 58, 100};
  for (const std::optional<double>& a : values)
    for (const std::optional<double>& b : values)
      for (const double budget : {0.0, 100.0}) {
        RuleInput in = Numbers(8, a, b);
        in.budget_full_year = budget;
        in.budget_executed = 90;
        const RuleResult traced = c.formula->Evaluate(in, {});
        in.explain = false;
        const RuleResult quiet = c.formula->Evaluate(in, {});
        BOOST_TEST_CONTEXT("A=" << (a ? *a : -999) << " B=" << (b ? *b : -999)
                                << " budget=" << budget << " → " << traced.reason) {
          BOOST_TEST(quiet.outcome == traced.outcome);
          BOOST_TEST(quiet.points == traced.points);
          BOOST_TEST(quiet.formula.empty());
          if (traced.outcome == Outcome::kScored)
            BOOST_TEST(quiet.reason.empty());
          else
            BOOST_TEST(quiet.reason == traced.reason);
        }
      }
}

BOOST_AUTO_TEST_CASE(missing_input_is_missing_data_naming_it) {
  Compiled c = Compile("业绩值/目标值*权重");
  const RuleResult r = c.formula->Evaluate(Numbers(8, 60, std::nullopt), {});
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少公式输入「业绩值」");
  // An input the formula does not use may be missing.
  BOOST_TEST(Compile("权重").formula->Evaluate(Numbers(8, std::nullopt, std::nullopt), {}).points ==
             8.0);
}

BOOST_AUTO_TEST_CASE(budget_inputs_and_execution_rate) {
  RuleInput in;
  in.weight = 10;
  in.budget_initial = 150;
  in.budget_full_year = 160;
  in.budget_executed = 159.80445;
  BOOST_TEST(Compile("全年执行数/全年预算数*权重").formula->Evaluate(in, {}).points == 9.987778125,
             tt::tolerance(1e-9));
  BOOST_TEST(Compile("min(执行率, 1)*权重").formula->Evaluate(in, {}).points == 9.987778125,
             tt::tolerance(1e-9));
  BOOST_TEST(Compile("budget_executed/budget_initial*weight").formula->Evaluate(in, {}).points ==
             10.0);  // 106.5% clamped
  in.budget_full_year = 0;
  const RuleResult r = Compile("执行率*权重").formula->Evaluate(in, {});
  BOOST_TEST(r.outcome == Outcome::kCannotScore);
  BOOST_TEST(r.reason == "全年预算数为 0，无法计算执行率");
  in.budget_executed.reset();
  BOOST_TEST(Compile("执行率*权重").formula->Evaluate(in, {}).reason == "缺少公式输入「执行率」");
}

BOOST_AUTO_TEST_CASE(other_indicators_are_named_by_id) {
  Compiled c = Compile("培训人数/目标值*权重", {"培训人数", "满意度"});
  BOOST_TEST_REQUIRE(c.diagnostics.empty());
  const IndicatorValues values{{"培训人数", 80}, {"满意度", std::nullopt}};
  BOOST_TEST(c.formula->Evaluate(Numbers(10, 100, 0), values).points == 8.0, tt::tolerance(1e-9));
  const RuleResult r = c.formula->Evaluate(Numbers(10, 100, 0), {});
  BOOST_TEST(r.outcome == Outcome::kMissingData);
  BOOST_TEST(r.reason == "缺少公式输入「培训人数」");
  BOOST_TEST(Compile("满意度", {"培训人数", "满意度"})
                 .formula->Evaluate(Numbers(10, 1, 1), values)
                 .outcome == Outcome::kMissingData);
}

BOOST_AUTO_TEST_CASE(indicator_ids_never_shadow_inputs_or_functions) {
  Compiled c = Compile("A + min(1, 2)", {"A", "min", "1.2.3"});
  BOOST_TEST_REQUIRE(c.diagnostics.empty());
  const IndicatorValues values{{"A", 1000}};
  BOOST_TEST(c.formula->Evaluate(Numbers(10, 3, 0), values).points == 4.0);
}

// Ids that are no muparser name ("-", "/", parentheses, spaces, a leading digit), or that an
// input shadows ("A"), are written in brackets.
BOOST_AUTO_TEST_CASE(other_indicators_with_any_id_are_named_in_brackets) {
  const std::vector<std::string> ids = {"满意度-调查", "2020年培训人数", "合格率（抽检）", "A"};
  Compiled c = Compile(
      "【满意度-调查】/90 * [2020年培训人数]/100 * [合格率(抽检)] / [ 合格率（抽检） ] * [A] / A "
      "* 权重",
      ids);
  BOOST_TEST_REQUIRE(c.diagnostics.empty());
  const IndicatorValues values{
      {"满意度-调查", 81}, {"2020年培训人数", 100}, {"合格率（抽检）", 95}, {"A", 2}};
  const RuleResult r = c.formula->Evaluate(Numbers(30, 4, 0), values);
  BOOST_TEST(r.points == 13.5, tt::tolerance(1e-9));  // 0.9 × 1 × 1 × 2 / 4 × 30
  BOOST_TEST(r.formula ==
             "[满意度-调查]/90 * [2020年培训人数]/100 * [合格率(抽检)] / [ 合格率(抽检) ] * [A] "
             "/ A * 权重 = 81/90 * 100/100 * 95 / 95 * 2 / 4 * 30 = 13.5");
  BOOST_TEST(
      c.formula->used_inputs() == (std::vector<std::string>{"[满意度-调查]", "[2020年培训人数]",
                                                            "[合格率(抽检)]", "[A]", "A", "权重"}),
      tt::per_element());
  const RuleResult missing = c.formula->Evaluate(Numbers(30, 4, 0), {});
  BOOST_TEST(missing.reason == "缺少公式输入「[满意度-调查]」");
  // An input in brackets is the input.
  BOOST_TEST(
      Compile("[业绩值] / [目标值] * [权重]").formula->Evaluate(Numbers(8, 60, 30), {}).points ==
      4.0);
}

BOOST_AUTO_TEST_CASE(an_unknown_bracketed_name_lists_the_ids_as_a_formula_writes_them) {
  const Diagnostic d = OnlyError("业绩值 * [满意度调查]", {"满意度-调查", "培训人数", "A"});
  BOOST_TEST(FormatDiagnostic(d) ==
             "central.yaml:12:20: error: "
             "公式引用了未知的输入「[满意度调查]」（可用：业绩值、目标值、权重、年初预算数、"
             "全年预算数、全年执行数、执行率、[满意度-调查]、培训人数、[A]） "
             "[产出指标/数量指标/培训人数]\n"
             "  hint: 检查名称是否写错；也可用英文名 actual、target、weight，或其他指标的编号");
}

struct BareIdCase {
  const char* text;
  const char* id;
  int column;
};
std::ostream& operator<<(std::ostream& os, const BareIdCase& c) { return os << c.text; }

// What muparser would make of an id written bare (a subtraction, a number, a call) is not
// what the author meant: the message says to write it in brackets.
const std::vector<BareIdCase> kBareIds = {
    {"满意度-调查 / 90 * 权重", "满意度-调查", 0},
    {"业绩值 * 2020年培训人数", "2020年培训人数", 6},
    {"合格率（抽检）* 权重", "合格率（抽检）", 0},
    {"权重 * 甲 乙", "甲 乙", 5},
};

BOOST_DATA_TEST_CASE(an_id_written_bare_is_to_be_bracketed, bdata::make(kBareIds), c) {
  const Diagnostic d =
      OnlyError(c.text, {"满意度-调查", "2020年培训人数", "合格率（抽检）", "甲 乙", "1", "1.5"});
  BOOST_TEST(d.message == "指标编号「" + std::string(c.id) + "」不能直接写在公式中");
  BOOST_TEST(d.hint == "写在方括号中：[" + std::string(c.id) + "]");
  BOOST_TEST(d.where.column == 14 + c.column);
}

BOOST_AUTO_TEST_CASE(numeric_ids_are_not_taken_for_numbers_written_in_a_formula) {
  // Ids "1" and "1.5" are no reason for "业绩值*1,5" to fail as anything but a decimal comma.
  BOOST_TEST(OnlyError("业绩值*1,5", {"1", "1.5"}).message ==
             "公式只能有一个结果，「,」只能分隔函数的参数");
  BOOST_TEST(Compile("min(业绩值, 1)*权重", {"1"}).diagnostics.empty());
}

const std::vector<SyntaxCase> kBracketErrors = {
    {"[满意度-调查 * 权重", "方括号「[」没有配对的「]」", 0},
    {"满意度-调查] * 权重", "方括号「]」没有配对的「[」", 6},
    {"[] * 权重", "方括号中没有指标编号", 0},
    {"业绩值[满意度-调查]", "方括号前后缺少运算符", 3},
    {"[满意度-调查] [满意度-调查]", "此处不应出现「[满意度-调查]」", 9},
};

BOOST_DATA_TEST_CASE(bracket_errors_are_located_and_said_in_chinese, bdata::make(kBracketErrors),
                     c) {
  const Diagnostic d = OnlyError(c.text, {"满意度-调查"});
  BOOST_TEST(d.message == c.message);
  BOOST_TEST(d.where.column == 14 + c.column);
  BOOST_TEST(!d.hint.empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
