// The header row of a project table: which column is which, whatever the user
// calls it, decided once per file.
#ifndef JIXIAO_INDICATORS_PROJECT_CSV_HEADER_H_
#define JIXIAO_INDICATORS_PROJECT_CSV_HEADER_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"

namespace jixiao {

/// What a column of a project table holds (its names are in
/// project_csv_header.cc).
enum class ProjectColumn {
  // Project-level columns: the same on every row of a project.
  kProjectName,
  kDepartment,
  kUnit,
  kGoal,
  kAchieved,
  kPublishedGrade,
  kPublishedTotal,
  kBudgetInitial,
  kBudgetFullYear,
  kBudgetExecuted,
  // Indicator columns.
  kLevel1,
  kLevel2,
  kLevel3,
  kRef,
  kPoints,
  kTarget,
  kActual,
  kMethod,
  kCriteria,
  kScore,
  kBand,
  kOverride,
  kNote,
  kNotApplicable,
  kCount,
  kSatisfied,
  kPublishedScore,
  kExecutionRate,  // 执行率 as printed (the audit checks it; scoring recomputes it)
  kIgnored,        // a column of the published tables that jixiao does not read
};
inline constexpr size_t kProjectColumnCount = static_cast<size_t>(ProjectColumn::kIgnored) + 1;

/// Columns that describe an indicator beyond its name: a row with one of them
/// needs 三级指标 or 指标.
inline constexpr ProjectColumn kEntryDataColumns[] = {
    ProjectColumn::kTarget,    ProjectColumn::kActual,         ProjectColumn::kMethod,
    ProjectColumn::kCriteria,  ProjectColumn::kScore,          ProjectColumn::kBand,
    ProjectColumn::kOverride,  ProjectColumn::kNotApplicable,  ProjectColumn::kCount,
    ProjectColumn::kSatisfied, ProjectColumn::kPublishedScore,
};

/// Where each column sits in the rows of one file.
struct ProjectCsvLayout {
  /// The field index of each column, -1 when the file has none.
  std::array<int, kProjectColumnCount> field = [] {
    std::array<int, kProjectColumnCount> none;
    none.fill(-1);
    return none;
  }();
  std::vector<int> notes;           // 偏差原因 / 备注 …: several may be present
  std::vector<std::string> titles;  // each header as written, trimmed
  /// A unit in brackets of a budget column, "" if none.
  std::array<std::string, kProjectColumnCount> units;
  std::string budget_unit = "万元";  // the first budget column's unit, if any
  int line = 0;                      // of the header row

  int Field(ProjectColumn c) const { return field[static_cast<size_t>(c)]; }
};

/// Reads the header row into `layout`: names are matched after trimming, NFKC,
/// removing whitespace and a unit in brackets ("全年预算数（万元）"), ASCII
/// case ignored. Unknown names (with a did-you-mean hint), duplicate columns
/// and non-money budget units become diagnostics. Returns false when rows
/// cannot be read: no 项目名称, or indicator data without 三级指标 or 指标.
bool ReadProjectCsvHeader(const std::vector<CsvField>& header, const std::string& file,
                          ProjectCsvLayout& layout, std::vector<Diagnostic>& diagnostics);

/// How strict a header is read: project data needs every column known and 项目名称; a filled
/// table under audit may carry columns jixiao does not read (warnings) and hold one project.
struct HeaderOptions {
  bool unknown_columns_are_errors = true;
  bool require_project_name = true;
};
bool ReadProjectCsvHeader(const std::vector<CsvField>& header, const std::string& file,
                          const HeaderOptions& options, ProjectCsvLayout& layout,
                          std::vector<Diagnostic>& diagnostics);

/// A column title as header names are compared: NFKC, no whitespace, ASCII lower case; a
/// trailing unit in brackets ("全年预算数（万元）") is removed and stored in `unit`.
std::string HeaderKey(std::string_view title, std::string& unit);

/// True for 元, 千元, 万元 and 亿元.
bool IsMoneyUnit(std::string_view unit);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_CSV_HEADER_H_
