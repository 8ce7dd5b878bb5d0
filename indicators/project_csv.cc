#include "indicators/project_csv.h"

#include <algorithm>
#include <cstring>

#include "indicators/utf8.h"

namespace jixiao {
namespace {

bool IsBlank(const std::vector<CsvField>& row) {
  return std::all_of(row.begin(), row.end(),
                     [](const CsvField& f) { return Trim(f.text).empty(); });
}

}  // namespace

std::vector<Project> LoadProjectsFromCsv(std::string_view text, const std::string& file,
                                         std::vector<Diagnostic>& diagnostics) {
  const size_t diagnostics_before = diagnostics.size();
  ProjectCsvFile table{file, {}, {}};
  ProjectRowReader rows(table, diagnostics);
  CsvReader reader(text, file);
  std::vector<CsvField> row;
  bool header_read = false;
  while (reader.Next(row, diagnostics)) {
    if (header_read) {
      rows.ReadRow(row);
      continue;
    }
    if (IsBlank(row)) continue;
    header_read = true;
    if (!ReadProjectCsvFileHeader(row, table, diagnostics)) return {};
  }
  if (!header_read && diagnostics.size() == diagnostics_before)
    AddError(diagnostics, SourceLocation{file, 0, 0}, "项目数据表是空的",
             "第一行写列名（至少要有「项目名称」），之后每行写一个项目的一个指标");
  return rows.TakeProjects();
}

ProjectCsvBlock::ProjectCsvBlock(ProjectCsvFile& file, std::string_view text, int first_line,
                                 ProjectNames& finished, std::vector<Diagnostic>& diagnostics)
    : file_(file),
      text_(text),
      finished_(finished),
      diagnostics_(diagnostics),
      reader_(std::string_view(), file.name),
      line_(first_line) {
  reader_.Continue(text);
  reader_.Seek(0, first_line);
}

void ProjectCsvBlock::CheckEncoding() {
  // Plain projects are valid UTF-8: the rest of the block is checked once, when the general
  // reader first needs it.
  if (checked_) return;
  checked_ = true;
  const size_t at = reader_.position();
  if (reader_.CheckEncoding(encoding_error_)) return;
  // Invalid UTF-8 ends the input (its bytes cannot be read as text): the lines before the one
  // it is on are read, whatever the blocks.
  const size_t bad = at + FindInvalidUtf8(text_.substr(at));
  const void* lf = memrchr(text_.data() + at, '\n', bad - at);
  text_ = text_.substr(
      0, lf == nullptr ? at : static_cast<size_t>(static_cast<const char*>(lf) - text_.data()) + 1);
  reader_.Continue(text_);
  reader_.Seek(at, line_);
}

bool ProjectCsvBlock::Finish() {
  diagnostics_.insert(diagnostics_.end(), encoding_error_.begin(), encoding_error_.end());
  return encoding_error_.empty();
}

bool ProjectCsvBlock::ReadPlain(const PlainProjectReader& plain, PlainProject& out) const {
  return plain.Read(text_, reader_.position(), out) && !finished_.Seen(out.name);
}

void ProjectCsvBlock::Skip(const PlainProject& project) {
  line_ += project.lines;
  reader_.Seek(project.end, line_);
  finished_.Add(project.name);
}

bool ProjectCsvBlock::Next(Project& out) {
  CheckEncoding();
  ProjectRowReader rows(file_, diagnostics_, &finished_);
  std::string name;  // of the project being read
  while (true) {
    const size_t start = reader_.position();
    const int start_line = reader_.line();
    row_diagnostics_.clear();
    if (!reader_.Next(row_, row_diagnostics_)) break;
    const std::string_view row_name = ProjectNameOf(file_.layout, row_);
    if (!name.empty() && !row_name.empty() && row_name != name) {
      reader_.Seek(start, start_line);  // the next project's first row, read again by its reader
      break;
    }
    diagnostics_.insert(diagnostics_.end(), row_diagnostics_.begin(), row_diagnostics_.end());
    if (name.empty()) name = std::string(row_name);
    rows.ReadRow(row_);
  }
  line_ = reader_.line();
  std::vector<Project> projects = rows.TakeProjects();
  if (projects.empty()) return false;
  out = std::move(projects.front());
  finished_.Add(out.name);
  return true;
}

}  // namespace jixiao
