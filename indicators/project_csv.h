// Project data as a long CSV table: one row per project × indicator, for
// batches too large for YAML. Columns are found by the names users give them,
// in any order.
#ifndef JIXIAO_INDICATORS_PROJECT_CSV_H_
#define JIXIAO_INDICATORS_PROJECT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"
#include "indicators/plain_rows.h"
#include "indicators/project.h"
#include "indicators/project_rows.h"

namespace jixiao {

/// Reads the projects of a long table. The first non-blank row names the
/// columns (项目名称 is required; a unit in brackets, "全年预算数（万元）",
/// sets the budget unit); rows group into projects by 项目名称 in order of
/// first appearance (ProjectRowReader says how rows are read). Every problem
/// becomes a located diagnostic and reading goes on, so that all of them are
/// reported at once; the projects read so far are returned even then.
std::vector<Project> LoadProjectsFromCsv(std::string_view text, const std::string& file,
                                         std::vector<Diagnostic>& diagnostics);

/// The projects of one block of a streamed table (whole records that end where a project ends,
/// see ProjectBlockReader), one at a time and in order. Rows of one project must be contiguous:
/// a project whose name `finished` holds is an error at its first row (LoadProjectsFromCsv,
/// which holds the whole table, groups such rows instead); each project read is added to
/// `finished`. A project whose rows are all plain may be taken as plain rows (ReadPlain, then
/// Skip); Next reads any project with ProjectRowReader, with the same diagnostics, in the same
/// order, as reading the whole table would give.
class ProjectCsvBlock {
 public:
  /// Invalid UTF-8 ends the input: the block is read up to the line with its first invalid byte,
  /// and Finish reports it. REQUIRES: `text` starts at a record, on line `first_line`, and it,
  /// `file` and `finished` outlive the reader.
  ProjectCsvBlock(ProjectCsvFile& file, std::string_view text, int first_line,
                  ProjectNames& finished, std::vector<Diagnostic>& diagnostics);

  bool AtEnd() const { return reader_.position() >= text_.size(); }

  /// The next project, when its rows are plain (`plain`) and `finished` does not hold its name;
  /// nothing is consumed.
  bool ReadPlain(const PlainProjectReader& plain, PlainProject& out) const;

  /// Goes past the project ReadPlain gave.
  void Skip(const PlainProject& project);

  /// Reads the next project; false when the rest of the block holds none (blank rows, or rows
  /// whose errors are reported).
  bool Next(Project& out);

  /// At the end of the block: reports its invalid UTF-8, if any, at the first invalid byte, and
  /// returns false: then nothing more of the input may be read.
  bool Finish();

  /// The line the next record starts on (at the end: the line after the block).
  int line() const { return line_; }

 private:
  ProjectCsvFile& file_;
  std::string_view text_;
  ProjectNames& finished_;
  std::vector<Diagnostic>& diagnostics_;
  CsvReader reader_;
  int line_;
  std::vector<CsvField> row_;
  std::vector<Diagnostic> row_diagnostics_;
  void CheckEncoding();

  bool checked_ = false;  // the text from the reader's position on is known to be UTF-8
  std::vector<Diagnostic> encoding_error_;  // reported by Finish
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_CSV_H_
