// The published percentages of shared/reference/other_seeds.json (tests/engine/other_seeds.h) as
// jixiao prints them: the 执行率 cell of the form, and FormatPercent at the source's own decimals,
// half-up on the decimal value (141.234995…% is 141.23%, never 141.24%).
#include "tests/engine/other_seeds.h"

#include <string>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "reports/form_rows.h"
#include "reports/labels.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
using seeds::Stated;

// Decimals of a printed figure: "141.23" 2, "100" 0.
int Decimals(const std::string& printed) {
  const size_t point = printed.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(printed.size() - point - 1);
}

// The 执行率 cell of the form's 项目资金 block.
std::string RateCell(const Form& form) {
  BOOST_TEST_REQUIRE(form.funds.has_value());
  const FormBlock& funds = *form.funds;
  for (size_t i = 0; i < funds.columns.size(); ++i)
    if (funds.columns[i].kind == ColumnKind::kRate) return funds.rows.at(0).at(i).text;
  BOOST_FAIL("no 执行率 column");
  return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(other_seeds)

BOOST_DATA_TEST_CASE(the_form_prints_the_rate_and_a_right_one_as_stated, bdata::make(seeds::kRates),
                     r) {
  const ScoreTree tree = seeds::ScoreRate(r);
  BOOST_TEST(RateCell(BuildForm(tree)) == std::string(r.percent) + "%");
  if (r.kind == Stated::kNone) return;
  const std::string stated = std::string(r.stated) + "%";
  const std::string at_stated_places =
      FormatPercent(*tree.execution_rate_percent, Decimals(r.stated));
  if (r.kind == Stated::kRight)
    BOOST_TEST(at_stated_places == stated);
  else
    BOOST_TEST(at_stated_places != stated);
}

BOOST_DATA_TEST_CASE(a_zero_budget_prints_no_rate, bdata::make(seeds::kZeroBudgets), z) {
  BOOST_TEST(RateCell(BuildForm(seeds::ScoreRate(0, 0, z.executed, "万元"))).empty());
}

BOOST_DATA_TEST_CASE(shares_print_half_up_at_the_stated_decimals, bdata::make(seeds::kShares), s) {
  BOOST_TEST(FormatPercent(s.part / s.whole * 100, Decimals(s.stated)) ==
             std::string(s.jixiao) + "%");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
