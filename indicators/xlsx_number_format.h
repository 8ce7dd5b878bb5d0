// What an XLSX cell's number format says its number means. A spreadsheet stores a percentage as
// its fraction (99.88% as 0.9988) and a date as a serial day count (2020-12-31 as 44196); the
// number format alone tells the reader which. Formats that only change how a number looks
// (decimals, thousands separators, currency, fractions, scientific, text) leave it a number.
// Pure functions: indicators/xlsx.cc reads the formats from xl/styles.xml and calls these.
#ifndef JIXIAO_INDICATORS_XLSX_NUMBER_FORMAT_H_
#define JIXIAO_INDICATORS_XLSX_NUMBER_FORMAT_H_

#include <string>
#include <string_view>

namespace jixiao {

/// What a number format makes of a cell's number.
enum class NumberFormatKind {
  kNumber,    // General, 0.00, #,##0, ¥#,##0.00, 0.00E+00, # ?/?, @, and elapsed time ([h]:mm)
  kPercent,   // 0%, 0.00%, 0.0%: the number is a fraction, shown × 100
  kDate,      // yyyy-mm-dd, yyyy"年"m"月"d"日", m/d/yyyy: a serial day number
  kDateTime,  // yyyy-mm-dd hh:mm: a serial day number with a time of day
  kTime,      // h:mm:ss, h"时"mm"分": a time of day, the fraction of a day
};

/// The kind of number format `id` (a cellXfs numFmtId) with format code `code`: the code from
/// the workbook's <numFmts> when it defines `id`, else empty and `id` is one of Excel's built-in
/// formats (9 and 10 percentages, 14–22 and 45–47 dates and times, 27–36 and 50–58 the Chinese
/// dates and times). In a code only the first section (positive numbers) counts; quoted text,
/// escaped characters and [colour], [condition] and [$-804] locale brackets are not tokens.
NumberFormatKind ClassifyNumberFormat(int id, std::string_view code);

/// The text a number cell stands for, from `number` (the stored value as the reader prints it,
/// e.g. "0.9987778125", "44196") and its format's `kind`:
///   kPercent  → the fraction × 100 in decimal, with no binary noise: "99.87778125%";
///   kDate     → "2020年12月31日", as deadlines are written (indicators/deadline.h reads it);
///   kDateTime → "2020年12月31日 8:30" ("2020年12月31日" at midnight), seconds when not 0;
///   kTime     → "8:30", "8:30:15";
///   kNumber   → `number` unchanged.
/// Serial days count from 1900-01-01 = 1, with Excel's phantom 1900-02-29 = 60 (from
/// 1904-01-01 = 0 when `date1904`, the workbook's <workbookPr date1904="1"/>). A serial outside
/// Excel's dates (below 1, or past 9999-12-31) or a `number` that does not parse stays as it is.
std::string NumberCellText(const std::string& number, NumberFormatKind kind, bool date1904);

/// The text of a date cell stored as an ISO 8601 string (t="d": "2020-12-31",
/// "2020-12-31T08:30:00"), written as NumberCellText writes dates; anything else unchanged.
std::string IsoDateCellText(const std::string& iso);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_XLSX_NUMBER_FORMAT_H_
