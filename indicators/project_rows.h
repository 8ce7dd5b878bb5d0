// Reading the rows of a project table (the long CSV) into projects: each cell checked, every
// problem located at its cell.
#ifndef JIXIAO_INDICATORS_PROJECT_ROWS_H_
#define JIXIAO_INDICATORS_PROJECT_ROWS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "indicators/csv.h"
#include "indicators/diagnostic.h"
#include "indicators/project.h"
#include "indicators/project_csv_header.h"

namespace jixiao {

/// What reading the rows of one table needs from its header and from the rows before.
struct ProjectCsvFile {
  std::string name;  // the file, as locations name it
  ProjectCsvLayout layout;
  std::vector<bool> unnamed_reported;  // per field: content without a column name, reported once
};

/// Reads the header row into `file` (ReadProjectCsvHeader). False when rows cannot be read.
bool ReadProjectCsvFileHeader(const std::vector<CsvField>& header, ProjectCsvFile& file,
                              std::vector<Diagnostic>& diagnostics);

/// The trimmed 项目名称 of `row` in a table of `layout`, "" when it has none.
std::string_view ProjectNameOf(const ProjectCsvLayout& layout, const std::vector<CsvField>& row);

/// The names of the projects a streamed table has finished, kept as 64-bit hashes in an open
/// addressing table (about 16 bytes a project), for the rule that a project's rows are contiguous.
class ProjectNames {
 public:
  bool Seen(std::string_view name) const;
  void Add(std::string_view name);
  /// Adds every name of `other` unless one of them is here already: then adds none and returns
  /// false.
  bool Merge(const ProjectNames& other);

 private:
  // The slot of `hash`, or of the empty slot where it would go. REQUIRES: slots_ not empty.
  size_t Slot(uint64_t hash) const;
  void Insert(uint64_t hash);

  std::vector<uint64_t> slots_;  // 0 = empty; a power of two, at most half full
  size_t count_ = 0;
};

/// Turns rows into projects. A row names a template indicator in 指标 / 指标ID, or declares one
/// by 一级/二级/三级指标; a row with only 一级/二级指标 and 分值 sets that group's points; a
/// blank 一级指标 or 二级指标 cell continues the one above in the same project (merged cells);
/// blank rows are skipped. Without `finished`, rows group into projects by 项目名称 in order of
/// first appearance (a whole table); with it (streaming), each new name starts a project and a
/// name `finished` holds is an error at its row.
class ProjectRowReader {
 public:
  ProjectRowReader(ProjectCsvFile& file, std::vector<Diagnostic>& diagnostics,
                   const ProjectNames* finished = nullptr)
      : file_(file), diagnostics_(diagnostics), finished_(finished) {}

  void ReadRow(const std::vector<CsvField>& row);
  std::vector<Project> TakeProjects() { return std::move(projects_); }

 private:
  enum class NumberKind { kPoints, kCount, kMoney };
  // What a project has been told so far: the merged-cell context and where each project-level
  // value was first given.
  struct ProjectState {
    std::string level1;
    std::string level2;
    std::array<int, kProjectColumnCount> first_line{};
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::string_view Cell(ProjectColumn c) const;
  SourceLocation Where(const CsvField& f) const {
    return SourceLocation{file_.name, f.line, f.column};
  }
  SourceLocation Where(ProjectColumn c) const;
  const std::string& Title(ProjectColumn c) const;
  std::string RowLabel() const { return "第 " + std::to_string(row_->front().line) + " 行"; }

  void CheckUnnamedFields();
  size_t FindOrAddProject(std::string_view name);
  void ReadProjectText(ProjectColumn c, std::string& out, ProjectState& state);
  void ReadProjectNumber(ProjectColumn c, std::optional<double>& out, ProjectState& state,
                         NumberKind kind);
  std::optional<double> ReadNumber(ProjectColumn c, NumberKind kind,
                                   const IndicatorEntry* entry = nullptr);
  void ReadIndicator(Project& project, ProjectState& state);
  void ReadEntry(IndicatorEntry& e);

  ProjectCsvFile& file_;
  std::vector<Diagnostic>& diagnostics_;
  const ProjectNames* finished_;
  const std::vector<CsvField>* row_ = nullptr;
  std::vector<Project> projects_;
  std::vector<ProjectState> states_;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> index_;
  size_t last_ = 0;
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_ROWS_H_
