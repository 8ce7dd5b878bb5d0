#include "indicators/xlsx_number_format.h"

#include <ostream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {

std::ostream& operator<<(std::ostream& os, NumberFormatKind kind) {
  return os << static_cast<int>(kind);
}

namespace {

namespace bdata = boost::unit_test::data;
using Kind = NumberFormatKind;

struct FormatCase {
  int id;
  const char* code;  // "" for a built-in format
  Kind kind;
};
std::ostream& operator<<(std::ostream& os, const FormatCase& c) {
  return os << c.id << " \"" << c.code << "\"";
}

const FormatCase kFormats[] = {
    // Built-in ids, as Excel and WPS write them without a <numFmt>.
    {0, "", Kind::kNumber},     // General
    {2, "", Kind::kNumber},     // 0.00
    {4, "", Kind::kNumber},     // #,##0.00
    {9, "", Kind::kPercent},    // 0%
    {10, "", Kind::kPercent},   // 0.00%
    {11, "", Kind::kNumber},    // 0.00E+00
    {12, "", Kind::kNumber},    // # ?/?
    {14, "", Kind::kDate},      // m/d/yyyy (yyyy/m/d in a Chinese Excel)
    {17, "", Kind::kDate},      // mmm-yy
    {18, "", Kind::kTime},      // h:mm AM/PM
    {22, "", Kind::kDateTime},  // m/d/yyyy h:mm
    {31, "", Kind::kDate},      // yyyy"年"m"月"d"日"
    {32, "", Kind::kTime},      // h"时"mm"分"
    {44, "", Kind::kNumber},    // accounting
    {46, "", Kind::kNumber},    // [h]:mm:ss, a duration
    {49, "", Kind::kNumber},    // @, text
    {57, "", Kind::kDate},      // yyyy"年"m"月"
    // Custom codes.
    {164, "0.0%", Kind::kPercent},
    {165, "0.00%;[Red]-0.00%", Kind::kPercent},
    {166, "#,##0.00_);[Red](#,##0.00)", Kind::kNumber},
    {167, "0.00\"%\"", Kind::kNumber},  // a quoted % is text: the number is not scaled
    {168, "0.00\\%", Kind::kNumber},    // so is an escaped one
    {169, "yyyy-mm-dd", Kind::kDate},
    {170, "yyyy\"年\"m\"月\"d\"日\"", Kind::kDate},
    {171, "[$-804]yyyy\"年\"m\"月\"d\"日\";@", Kind::kDate},
    {172, "[DBNum1][$-804]m\"月\"d\"日\"", Kind::kDate},
    {173, "yyyy/m/d h:mm", Kind::kDateTime},
    {174, "h:mm:ss", Kind::kTime},
    {175, "mm:ss", Kind::kTime},  // minutes beside seconds
    {176, "mmm", Kind::kDate},    // a month alone
    {177, "h:mm AM/PM", Kind::kTime},
    {178, "[h]:mm", Kind::kNumber},
    {179, "General\"分\"", Kind::kNumber},  // General's own letters are no tokens
    {180, "0.00E+00", Kind::kNumber},
    {181, "\"完成\"0%", Kind::kPercent},
    {182, "@", Kind::kNumber},
    {183, "[Red]0.00%", Kind::kPercent},
    {184, "aaaa", Kind::kDate},  // the weekday, 星期四
    // A code given for a built-in id wins over the built-in meaning.
    {14, "0.00%", Kind::kPercent},
};

BOOST_AUTO_TEST_SUITE(xlsx_number_format)

BOOST_DATA_TEST_CASE(formats_that_change_what_a_number_means_are_told_apart, bdata::make(kFormats),
                     c) {
  BOOST_TEST(ClassifyNumberFormat(c.id, c.code) == c.kind);
}

struct TextCase {
  const char* stored;
  Kind kind;
  const char* text;
};
std::ostream& operator<<(std::ostream& os, const TextCase& c) {
  return os << c.stored << " as " << static_cast<int>(c.kind);
}

const TextCase kTexts[] = {
    // Percentages: the decimal point moves two places in the text, no binary arithmetic.
    {"0.9987778125", Kind::kPercent, "99.87778125%"},
    {"0.9988", Kind::kPercent, "99.88%"},
    {"1", Kind::kPercent, "100%"},
    {"1.4123", Kind::kPercent, "141.23%"},
    {"0.05", Kind::kPercent, "5%"},
    {"0.0005", Kind::kPercent, "0.05%"},
    {"0", Kind::kPercent, "0%"},
    {"-0.125", Kind::kPercent, "-12.5%"},
    {"12", Kind::kPercent, "1200%"},
    {"1.5E-3", Kind::kPercent, "0.15%"},
    {"9.9877e-1", Kind::kPercent, "99.877%"},
    {"0.983705882352941", Kind::kPercent, "98.3705882352941%"},
    {"", Kind::kPercent, ""},  // a formatted cell with no value
    // Dates: serial days from 1900-01-01 = 1, with Excel's 1900-02-29.
    {"44196", Kind::kDate, "2020年12月31日"},
    {"43831", Kind::kDate, "2020年1月1日"},
    {"45657", Kind::kDate, "2024年12月31日"},
    {"1", Kind::kDate, "1900年1月1日"},
    {"59", Kind::kDate, "1900年2月28日"},
    {"60", Kind::kDate, "1900年2月29日"},
    {"61", Kind::kDate, "1900年3月1日"},
    {"2958465", Kind::kDate, "9999年12月31日"},
    {"2958466", Kind::kDate, "2958466"},  // past Excel's last date
    {"0", Kind::kDate, "0"},
    {"-1", Kind::kDate, "-1"},
    {"44196.75", Kind::kDate, "2020年12月31日"},  // a date format shows no time
    {"44196.75", Kind::kDateTime, "2020年12月31日 18:00"},
    {"44196", Kind::kDateTime, "2020年12月31日"},
    {"44196.99998", Kind::kDateTime, "2020年12月31日 23:59:58"},
    {"44196.999999", Kind::kDateTime, "2021年1月1日"},  // 23:59:59.91 rounds to the next day,
    {"0.354166666666667", Kind::kTime, "8:30"},
    {"0.5001736111111111", Kind::kTime, "12:00:15"},
    {"合理", Kind::kDate, "合理"},
    // Display-only formats keep the number.
    {"9.987", Kind::kNumber, "9.987"},
    {"0.9988", Kind::kNumber, "0.9988"},
};

BOOST_DATA_TEST_CASE(a_number_reads_as_what_its_format_says_it_means, bdata::make(kTexts), c) {
  BOOST_TEST(NumberCellText(c.stored, c.kind, false) == c.text);
}

BOOST_AUTO_TEST_CASE(the_1904_date_system_counts_from_1904_01_01) {
  BOOST_TEST(NumberCellText("0", Kind::kDate, true) == "1904年1月1日");
  BOOST_TEST(NumberCellText("42734", Kind::kDate, true) == "2020年12月31日");  // 44196 − 1462
  BOOST_TEST(NumberCellText("0.9988", Kind::kPercent, true) == "99.88%");
}

BOOST_AUTO_TEST_CASE(iso_dates_read_as_serial_dates_do) {
  BOOST_TEST(IsoDateCellText("2020-12-31") == "2020年12月31日");
  BOOST_TEST(IsoDateCellText("2020-12-31T00:00:00") == "2020年12月31日");
  BOOST_TEST(IsoDateCellText("2020-12-31T08:30:00Z") == "2020年12月31日 8:30");
  BOOST_TEST(IsoDateCellText("2020-12-31T08:30:15.250") == "2020年12月31日 8:30:15");
  BOOST_TEST(IsoDateCellText("2020-13-01") == "2020-13-01");
  BOOST_TEST(IsoDateCellText("12月底前") == "12月底前");
  BOOST_TEST(IsoDateCellText("") == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
