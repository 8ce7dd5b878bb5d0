#include "reports/xlsx_names.h"

#include <ostream>
#include <string>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct NameCase {
  std::string wanted;
  std::vector<std::string> taken;
  std::string expected;
};

std::ostream& operator<<(std::ostream& out, const NameCase& c) { return out << c.wanted; }

const std::vector<NameCase> kNameCases = {
    {"社区养老服务驿站运营补贴", {}, "社区养老服务驿站运营补贴"},
    {"a[b]c:d*e?f/g\\h", {}, "a_b_c_d_e_f_g_h"},
    {"'引号'", {}, "引号"},
    {"  前后空格　", {}, "前后空格"},
    {"制表\t换行\n", {}, "制表 换行"},
    {"", {}, "Sheet"},
    {"'''", {}, "Sheet"},
    // 31 characters at most, counted as Excel counts them (UTF-16 units).
    {Repeat("项", 32), {}, Repeat("项", 31)},
    {Repeat("😀", 16), {}, Repeat("😀", 15)},
    // A cut that would end in an apostrophe drops it.
    {Repeat("x", 30) + "'y", {}, Repeat("x", 30)},
    // Unique, ignoring case; Excel's reserved name.
    {"项目", {"项目"}, "项目(2)"},
    {"项目", {"项目", "项目(2)"}, "项目(3)"},
    {"abc", {"ABC"}, "abc(2)"},
    {"History", {}, "History(2)"},
    {"history", {}, "history(2)"},
    {Repeat("项", 31), {Repeat("项", 31)}, Repeat("项", 28) + "(2)"},
    {Repeat("项", 40), {Repeat("项", 31)}, Repeat("项", 28) + "(2)"},
};

BOOST_AUTO_TEST_SUITE(xlsx_names)

BOOST_DATA_TEST_CASE(sheet_names_are_made_legal_and_unique, bdata::make(kNameCases), c) {
  XlsxSheetNames names;
  for (const std::string& taken : c.taken) BOOST_TEST(names.Add(taken) == taken);
  BOOST_TEST(names.Add(c.wanted) == c.expected);
}

BOOST_AUTO_TEST_CASE(a_name_added_is_taken) {
  XlsxSheetNames names;
  BOOST_TEST(names.Add("汇总") == "汇总");
  BOOST_TEST(names.Add("汇总") == "汇总(2)");
  BOOST_TEST(names.Add("汇总") == "汇总(3)");
  BOOST_TEST(names.Add("汇总(2)") == "汇总(2)(2)");
}

BOOST_AUTO_TEST_CASE(text_length_counts_as_excel_does) {
  BOOST_TEST(XlsxTextLength("") == 0u);
  BOOST_TEST(XlsxTextLength("abc") == 3u);
  BOOST_TEST(XlsxTextLength("总分") == 2u);
  BOOST_TEST(XlsxTextLength("😀") == 2u);
}

BOOST_AUTO_TEST_CASE(sheet_names_are_quoted_for_references) {
  BOOST_TEST(QuotedSheetName("项目") == "'项目'");
  BOOST_TEST(QuotedSheetName("it's") == "'it''s'");
}

BOOST_AUTO_TEST_CASE(cells_and_ranges_are_named_from_zero_based_positions) {
  BOOST_TEST(XlsxCellName(0, 0) == "A1");
  BOOST_TEST(XlsxCellName(6, 1) == "B7");
  BOOST_TEST(XlsxCellName(0, 26) == "AA1");
  BOOST_TEST(XlsxRangeName(7, 6, 19, 6) == "G8:G20");
  BOOST_TEST(XlsxRangeName(3, 2, 3, 2) == "C4");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
