#include "indicators/plain_rows.h"

#include <string>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

const PlainColumns kColumns;  // 项目名称,指标,目标值,实际完成值

struct Case {
  const char* text;
  bool plain;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.text; }

// One project's rows, then (maybe) the next project's first row.
const Case kCases[] = {
    {"甲,a,54,49.56\n甲,b,81,66.60\n乙,a,1,2\n", true},
    {"甲,a,54,49.56\r\n甲,b,81,66.60\r\n", true},  // CRLF
    {"甲,a,54,49.56", true},                       // no final line end
    {"\"甲\",a,54,49.56\n", false},                // quotes
    {"甲,a,54,49.56\r甲,b,1,1\n", false},          // a bare CR ends a record
    {"甲,a,54,49.56,\n", false},                   // a fifth field
    {"甲,a,54\n", false},                          // three fields
    {" 甲,a,54,49.56\n", false},                   // white space around a name…
    {"甲\xE3\x80\x80,a,54,49.56\n", false},        // …also U+3000
    {"甲,a ,54,49.56\n", false},                   // …or an indicator
    {",a,54,49.56\n", false},                      // no name
    {"甲,,54,49.56\n", false},                     // no indicator
    {"甲,a,54%,49.56\n", false},                   // a unit
    {"甲,a,-1,49.56\n", false},                    // a sign
    {"甲,a,54,\n", false},                         // no actual value
    {"甲,a,54,1e3\n", false},                      // an exponent
    {"甲,a,54,49.56\n\n甲,b,1,1\n", false},        // a blank row may continue the project
    {"甲,a,54,49.56\n甲,b,1,1%\n", false},         // a row of the project that is not plain
    {"甲,a,54,49.56\n\"乙\",a,1,1\n", false},      // the next row's name is quoted
    {"甲,a,54,49.56\n乙,a,1,1%\n", true},          // the next project need not be plain
    {"甲,a,54,49.56\n甲\"x,a,1,1\n", false},       // a quote after the same name
    {"甲,a,54,49.56\n乙\"x,a,1,1\n", true},        // after another name: another project
    {"甲,a,54,49.56\r", true},                     // a CR at the very end ends the line
    {"甲,a,54,49.56\r\n甲,b,1,1\r\n乙", true},
    {"甲,a,54,49.56\n甲", false},  // the same name, then the end
    {"甲,a,54.,49.56\n", false},   // a point without digits
    {"甲,a,.5,49.56\n", false},
};

BOOST_AUTO_TEST_SUITE(plain_rows)

BOOST_DATA_TEST_CASE(rows_are_plain_only_when_the_general_reader_reads_them_the_same,
                     boost::unit_test::data::make(kCases), c) {
  PlainProject project;
  BOOST_TEST(PlainProjectReader(kColumns, {}).Read(c.text, 0, project) == c.plain);
}

BOOST_AUTO_TEST_CASE(a_plain_project_ends_where_the_next_one_starts) {
  const std::string text = "x\n甲,a,54,49.56\n甲,b,81,66.60\n乙,a,1,2\n";
  PlainProject project;
  BOOST_REQUIRE(PlainProjectReader(kColumns, {}).Read(text, 2, project));
  BOOST_TEST(project.name == "甲");
  BOOST_REQUIRE(project.rows.size() == 2u);
  BOOST_TEST(project.rows[1].ref == "b");
  BOOST_TEST(project.rows[1].target == 81);
  BOOST_TEST(project.rows[1].actual == 66.6);
  BOOST_TEST(project.lines == 2);
  BOOST_TEST(text.substr(project.end) == "乙,a,1,2\n");
}

BOOST_AUTO_TEST_CASE(columns_may_come_in_any_order) {
  PlainColumns columns;
  columns.fields[0] = PlainColumns::kActual;
  columns.fields[1] = PlainColumns::kRef;
  columns.fields[2] = PlainColumns::kName;
  columns.fields[3] = PlainColumns::kTarget;
  PlainProject project;
  BOOST_REQUIRE(
      PlainProjectReader(columns, {"a", "b"}).Read("1.5,a,甲,2\n3,b,甲,4\n5,a,乙,6\n", 0, project));
  BOOST_TEST(project.name == "甲");
  BOOST_REQUIRE(project.rows.size() == 2u);
  BOOST_TEST(project.rows[0].actual == 1.5);
  BOOST_TEST(project.rows[0].target == 2);
  BOOST_TEST(project.rows[1].ref == "b");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
