#include "indicators/deadline.h"

#include <optional>

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

BOOST_AUTO_TEST_SUITE(deadline)

BOOST_AUTO_TEST_CASE(a_deadline_names_the_end_of_its_period) {
  std::optional<Deadline> d = MatchDeadline("12月底前完成", "12月底前完成");
  BOOST_REQUIRE(d.has_value());
  BOOST_TEST(d->day_of_year == 365);
  BOOST_TEST(!MatchDeadline("12月", "12月").has_value());  // months, not a deadline
}

BOOST_AUTO_TEST_CASE(words_that_say_the_deadline_was_kept) {
  for (const char* kept : {"按时完成", "按期完成", "如期完成", "已按时完成", "已按期完成", "按时",
                           "及时完成", "已完成", "完成"})
    BOOST_TEST(SaysOnTime(kept), kept);
  for (const char* other : {"未完成", "延期完成", "基本完成", "", "12月底前完成"})
    BOOST_TEST(!SaysOnTime(other), other);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
