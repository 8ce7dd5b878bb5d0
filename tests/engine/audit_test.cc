// The audit of a table (engine/audit): published scores are read as the table publishes them,
// rounded half-up to 2 places, and checked at no fewer.
#include "engine/audit.h"

#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "tests/engine/audit_testing.h"

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

struct ScoreCase {
  const char* actual;     // of 200人, for 10 points: M2 gives 10 × actual / 200
  const char* published;  // the 得分 cell
  const char* finding;    // the row's finding, "" when the score is right
};
std::ostream& operator<<(std::ostream& os, const ScoreCase& c) {
  return os << c.published << " for " << c.actual;
}

const ScoreCase kScores[] = {
    {"199.7人", "9.99", ""},   // 9.985 → 9.99
    {"199.7人", "9.985", ""},  // a workbook's unrounded 9.985, shown 9.99 in a 0.00 cell
    {"199.7人", "9.9849",
     "得分与规则不符: 得分 9.98 与规则不符，M2 正向比例（默认） 应得 9.99，且未填写偏差原因"},
    {"199.74人", "9.987", ""},  // 9.987 against 9.987: 9.99 either way
    {"199.74人", "9.98",
     "得分与规则不符: 得分 9.98 与规则不符，M2 正向比例（默认） 应得 9.99，且未填写偏差原因"},
    // A score printed with fewer decimals is still checked at 2: 10 is not 9.60.
    {"192人", "10",
     "未达目标却得满分: 未达到目标（192人 对 200人）却得满分；M2 正向比例（默认） 应得 "
     "9.60，且未填写偏差原因"},
    {"192人", "9.6", ""},
};

AuditedTable AuditScore(const ScoreCase& c) {
  return AuditCsv(
      std::string("项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n"
                  "甲,产出指标,数量指标,人数,200人,") +
      c.actual + ",10," + c.published + "\n,,,场次,10场,10场,90,90\n");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(audit)

BOOST_DATA_TEST_CASE(a_published_score_is_checked_as_printed_to_2_places, bdata::make(kScores), c) {
  const std::vector<std::string> expected =
      *c.finding ? std::vector<std::string>{c.finding} : std::vector<std::string>{};
  BOOST_TEST(FindingsOn(AuditScore(c), 2) == expected, boost::test_tools::per_element());
}

// Rows stored unrounded (33.333 three times, shown 33.33) under a total stored as their sum
// (99.999, shown 100.00): the printed rows add up to 99.99, and the audit says so, as it would
// of the printed table.
BOOST_AUTO_TEST_CASE(the_total_is_checked_against_the_rows_as_printed) {
  const AuditedTable a = AuditCsv(
      "项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n"
      "甲,产出指标,质量指标,甲,合理,合理,33.333,33.333\n"
      ",,,乙,合理,合理,33.333,33.333\n"
      ",,,丙,合理,合理,33.334,33.333\n"
      ",总分,,,,,100,99.999\n");
  BOOST_TEST(FindingsOn(a, 5) ==
                 std::vector<std::string>{
                     "总分不等于各行之和: 公布总分 100.00 不等于各行公布得分之和 99.99"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_published_score_reads_rounded_half_up_on_its_decimal_value) {
  BOOST_TEST(*ReadPublishedScore("9.985") == 9.99);
  BOOST_TEST(*ReadPublishedScore("9.9849") == 9.98);
  BOOST_TEST(*ReadPublishedScore("10分") == 10);
  BOOST_TEST(!ReadPublishedScore("优").has_value());
  BOOST_TEST(!ReadPublishedScore("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
