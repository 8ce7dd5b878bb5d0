// The audit's recomputation of a row (engine/recompute): here the budget row's printed 执行率,
// checked at the decimals it is printed with.
#include "engine/recompute.h"

#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/engine/audit_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct RateCase {
  const char* budget;
  const char* executed;
  const char* printed;
  const char* finding;  // the 执行率计算不符 message, "" when the rate is right
};
std::ostream& operator<<(std::ostream& os, const RateCase& c) {
  return os << c.printed << " for " << c.executed << "/" << c.budget;
}

const RateCase kRates[] = {
    // At the printed decimals: the exact rate rounded half-up to them.
    {"1000", "983.7", "98%", ""},
    {"1000", "983.7", "98.4%", ""},
    {"1000", "983.7", "98.37%", ""},
    {"1000", "986", "98%",
     "执行率印为 98%，全年执行数/全年预算数 = 986/1000 = 98.6%，印 0 位小数应为 99%"},
    {"1000", "986", "99%", ""},
    {"1000", "986", "98.6%", ""},
    {"1000", "986", "98.60%", ""},
    {"10000", "9987.78", "99.88%", ""},
    {"10000", "9987.78", "99.9%", ""},
    {"10000", "9987.78", "99.8778%", ""},
    {"10000", "9987.78", "99.88", ""},  // a bare number in the 执行率 column is a percentage
    {"10000", "9987.78", "99.87%",
     "执行率印为 99.87%，全年执行数/全年预算数 = 9987.78/10000 = 99.88%"},
    {"10000", "9987.78", "99.8%",
     "执行率印为 99.8%，全年执行数/全年预算数 = 9987.78/10000 = 99.88%，印 1 位小数应为 99.9%"},
    {"10000", "9987.78", "99.880%",
     "执行率印为 99.880%，全年执行数/全年预算数 = 9987.78/10000 = 99.878%"},
    {"1000", "995", "100%", ""},  // 99.5 rounds half-up
    {"1000", "994", "100%",
     "执行率印为 100%，全年执行数/全年预算数 = 994/1000 = 99.4%，印 0 位小数应为 99%"},
    // A workbook's stored quotient, read through its percentage format: every digit it holds.
    {"640", "639.2178", "99.87778125%", ""},
    {"680", "668.92", "98.3705882352941%", ""},
    {"680", "668.92", "98.3705882352%",
     "执行率印为 98.3705882352%，全年执行数/全年预算数 = 668.92/680 = 98.3705882353%"},
    // A fraction printed where the percentage belongs.
    {"10000", "9987.78", "0.9988",
     "执行率印为 0.9988，全年执行数/全年预算数 = 9987.78/10000 = 99.8778%；0.9988 若是比例（即 "
     "99.88%），请印为百分数"},
    // Another denominator: wrong at any precision.
    {"3275", "3100", "98.37%", "执行率印为 98.37%，全年执行数/全年预算数 = 3100/3275 = 94.66%"},
    {"3275", "3100", "98%",
     "执行率印为 98%，全年执行数/全年预算数 = 3100/3275 = 94.66%，印 0 位小数应为 95%"},
};

// The 执行率计算不符 findings of a one-project table whose budget row prints `c`.
std::vector<std::string> RateFindings(const RateCase& c) {
  const std::string csv = std::string(
                              "项目名称,一级指标,三级指标,全年预算数,全年执行数,执行率,分值,得分\n"
                              "甲,预算执行率,,") +
                          c.budget + "," + c.executed + "," + c.printed + ",10,10\n";
  const AuditedTable a = AuditCsv(csv);
  std::vector<std::string> out;
  for (const Finding& f : a.result.rows[RowOnLine(a, 2)].findings)
    if (f.kind == FindingKind::kRateDiffers) out.push_back(f.message);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(recompute)

BOOST_DATA_TEST_CASE(a_printed_rate_is_checked_at_the_decimals_it_is_printed_with,
                     bdata::make(kRates), c) {
  const std::vector<std::string> expected =
      *c.finding ? std::vector<std::string>{c.finding} : std::vector<std::string>{};
  BOOST_TEST(RateFindings(c) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
