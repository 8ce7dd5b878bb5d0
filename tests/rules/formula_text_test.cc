#include "rules/formula_text.h"

#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct Normalization {
  const char* raw;
  const char* text;
};
std::ostream& operator<<(std::ostream& os, const Normalization& n) { return os << n.raw; }

const std::vector<Normalization> kNormalizations = {
    {"业绩值／目标值＊权重", "业绩值/目标值*权重"},
    {"业绩值 × 权重 ÷ 100 − 1", "业绩值 * 权重 / 100 - 1"},
    {"业绩值≥目标值", "业绩值>=目标值"},
    {"业绩值≤目标值", "业绩值<=目标值"},
    {"业绩值≠目标值", "业绩值!=目标值"},
    {"业绩值＞＝目标值 ？ 权重 ： 0", "业绩值>=目标值 ? 权重 : 0"},
    {"min（业绩值，１）", "min(业绩值,1)"},
    {"业绩值\u3000*\u00a0权重", "业绩值 * 权重"},
    {"【满意度-调查】＋［甲］", "[满意度-调查]+[甲]"},
};

struct Position {
  const char* text;
  size_t expected;
};
std::ostream& operator<<(std::ostream& os, const Position& p) { return os << p.text; }

constexpr size_t npos = std::string_view::npos;

const std::vector<Position> kAssignments = {
    {"业绩值 = 5", 10}, {"=1", 0},        {"a == 1", npos},  {"a <= 1", npos},
    {"a >= 1", npos},   {"a != 1", npos}, {"a == b = c", 7}, {"a+=1", 2},
};

const std::vector<Position> kCommas = {
    {"min(a, b)", npos},
    {"a*1,5", 3},
    {"min(a,b),1", 8},
    {"a", npos},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(formula_text)

BOOST_DATA_TEST_CASE(normalization_turns_full_width_and_math_symbols_into_operators,
                     bdata::make(kNormalizations), n) {
  BOOST_TEST(NormalizeFormula(n.raw).text == n.text);
}

BOOST_AUTO_TEST_CASE(columns_count_characters_of_what_the_author_wrote) {
  // "≥" became two bytes of ">=", the Chinese names are three bytes a
  // character.
  const NormalizedFormula n = NormalizeFormula("业绩值≥目标值)");
  BOOST_TEST(n.text == "业绩值>=目标值)");
  BOOST_TEST(n.ColumnOf(20) == 7);  // the ")"
  BOOST_TEST(n.ColumnOf(10) == 3);  // the "="
  BOOST_TEST(n.ColumnOf(-1) == 0);
  BOOST_TEST(n.ColumnOf(1000) == 8);
  BOOST_TEST(NormalizeFormula("业绩值／目标值＊权重）").ColumnOf(26) == 10);
}

BOOST_DATA_TEST_CASE(assignment_is_an_equals_sign_outside_a_comparison, bdata::make(kAssignments),
                     p) {
  BOOST_TEST(FindAssignment(p.text) == p.expected);
}

BOOST_DATA_TEST_CASE(top_level_comma_is_outside_every_parenthesis, bdata::make(kCommas), p) {
  BOOST_TEST(FindTopLevelComma(p.text) == p.expected);
}

BOOST_AUTO_TEST_CASE(names_are_runs_of_name_characters_not_starting_with_a_digit) {
  std::vector<std::string> names;
  for (const FormulaName& n : FormulaNames("min(业绩值,1)*权重2+1e3+_pi"))
    names.emplace_back(n.name);
  BOOST_TEST(names == (std::vector<std::string>{"min", "业绩值", "权重2", "_pi"}),
             boost::test_tools::per_element());
  BOOST_TEST(FormulaNames("a+业绩值")[1].pos == 2u);
}

BOOST_AUTO_TEST_CASE(substitution_replaces_whole_names_only) {
  BOOST_TEST(SubstituteValues("业绩值/目标值*权重", {"业绩值", "目标值", "权重"}, {58, 60, 8}) ==
             "58/60*8");
  BOOST_TEST(SubstituteValues("业绩值2+业绩值", {"业绩值"}, {58}) == "业绩值2+58");
  BOOST_TEST(SubstituteValues("权重-目标值", {"目标值", "权重"}, {-5, 2.5}) == "2.5-(-5)");
}

BOOST_AUTO_TEST_CASE(plain_names_are_what_muparser_reads_as_one_name) {
  for (const char* name : {"培训人数", "x1", "_a", "A"}) BOOST_TEST(IsPlainName(name), name);
  for (const char* name : {"满意度-调查", "2020年人数", "合格率(抽检)", "甲 乙", "1.2.3", ""})
    BOOST_TEST(!IsPlainName(name), name);
}

BOOST_AUTO_TEST_CASE(a_standalone_name_has_no_name_character_beside_it) {
  BOOST_TEST(FindStandalone("满意度-调查/目标值", "满意度-调查") == 0u);
  BOOST_TEST(FindStandalone("x满意度-调查 + 满意度-调查", "满意度-调查") == 20u);
  BOOST_TEST(FindStandalone("11.2+1.2", "1.2") == 5u);
  BOOST_TEST(FindStandalone("1.23", "1.2") == npos);
  BOOST_TEST(FindStandalone("abc", "") == npos);
}

BOOST_AUTO_TEST_CASE(bracketed_names_become_variables_and_keep_their_columns) {
  NormalizedFormula n = NormalizeFormula("【满意度-调查】/ 90 * [ 甲 ] + [满意度-调查]");
  const BracketedNames b = RewriteBracketedNames(n);
  BOOST_TEST((b.problem == BracketedNames::Problem::kNone));
  BOOST_TEST(b.names == (std::vector<std::string>{"满意度-调查", "甲"}),
             boost::test_tools::per_element());
  BOOST_TEST(n.text ==
             BracketVariable(0) + "/ 90 * " + BracketVariable(1) + " + " + BracketVariable(0));
  const size_t second = n.text.find(BracketVariable(1));
  BOOST_TEST(n.ColumnOf(static_cast<int>(second)) == 15);      // its "["
  BOOST_TEST(n.ColumnOf(static_cast<int>(second) - 2) == 13);  // the "*"
  BOOST_TEST(n.ColumnOf(static_cast<int>(n.text.size())) == 31);
  // Each variable is one name, however many there are.
  BOOST_TEST(FormulaNames(n.text).size() == 3u);
  BOOST_TEST(BracketVariable(1) != BracketVariable(10).substr(0, BracketVariable(1).size()));
}

struct BracketProblem {
  const char* text;
  BracketedNames::Problem problem;
  size_t pos;  // byte offset
};
std::ostream& operator<<(std::ostream& os, const BracketProblem& p) { return os << p.text; }

const std::vector<BracketProblem> kBracketProblems = {
    {"[甲 * 2", BracketedNames::Problem::kUnclosed, 0},
    {"[甲 * [乙]", BracketedNames::Problem::kUnclosed, 0},
    {"甲] * 2", BracketedNames::Problem::kUnopened, 3},
    {"[ ] * 2", BracketedNames::Problem::kEmpty, 0},
    {"2[甲]", BracketedNames::Problem::kNoOperator, 1},
    {"[甲]x", BracketedNames::Problem::kNoOperator, 5},
    {"[甲][乙]", BracketedNames::Problem::kNoOperator, 5},
};

BOOST_DATA_TEST_CASE(bracket_problems_leave_the_text_as_it_was, bdata::make(kBracketProblems), p) {
  NormalizedFormula n = NormalizeFormula(p.text);
  const std::string before = n.text;
  const BracketedNames b = RewriteBracketedNames(n);
  BOOST_TEST((b.problem == p.problem));
  BOOST_TEST(b.problem_pos == p.pos);
  BOOST_TEST(n.text == before);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
