// Project data as a long CSV table: one row per project × indicator, for
// batches too large for YAML. Columns are found by the names users give them,
// in any order.
#ifndef JIXIAO_INDICATORS_PROJECT_CSV_H_
#define JIXIAO_INDICATORS_PROJECT_CSV_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"

namespace jixiao {

/// Reads the projects of a long table. The first non-blank row names the
/// columns (项目名称 is required; a unit in brackets, "全年预算数（万元）",
/// sets the budget unit); rows group into projects by 项目名称 in order of
/// first appearance; a blank 一级指标 or 二级指标 cell continues the one above
/// in the same project (merged cells). A row names a template indicator in 指标
/// / 指标ID, or declares one by 一级/二级/三级指标; a row with only
/// 一级/二级指标 and 分值 sets that group's points. Blank rows are skipped.
/// Every problem becomes a located diagnostic and reading goes on, so that all
/// of them are reported at once; the projects read so far are returned even
/// then.
std::vector<Project> LoadProjectsFromCsv(std::string_view text, const std::string& file,
                                         std::vector<Diagnostic>& diagnostics);

class Loader;

/// The same long table read project by project, for files of any size: rows go in a chunk at a
/// time (whole records, see RecordChunker) and each project comes out as soon as a row of the
/// next one starts, so only the current project is held. Rows of one project must therefore be
/// contiguous: a project name that comes back after another project is an error at that row
/// (LoadProjectsFromCsv, which holds the whole table, groups such rows instead). Diagnostics are
/// those of LoadProjectsFromCsv, in the same order.
class ProjectCsvStream {
 public:
  ProjectCsvStream(std::string file, std::vector<Diagnostic>& diagnostics);
  ~ProjectCsvStream();
  ProjectCsvStream(const ProjectCsvStream&) = delete;
  ProjectCsvStream& operator=(const ProjectCsvStream&) = delete;

  /// Reads `records`, the next whole records of the file, and appends the projects they
  /// complete to `out`. REQUIRES: `records` stays valid until the next call.
  void Feed(std::string_view records, std::vector<Project>& out);

  /// At the end of the file: appends the last project to `out`.
  void Finish(std::vector<Project>& out);

  /// True when the header row could not be read (nothing more will be read).
  bool bad_header() const { return bad_header_; }

 private:
  std::string file_;
  std::vector<Diagnostic>& diagnostics_;
  std::unique_ptr<Loader> loader_;
  std::optional<CsvReader> reader_;
  std::vector<CsvField> row_;
  bool header_read_ = false;
  bool bad_header_ = false;
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_CSV_H_
