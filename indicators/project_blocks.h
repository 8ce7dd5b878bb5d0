// Reads a project table of any size from a file or a pipe as blocks of whole projects, the unit
// batch scoring hands to a worker.
#ifndef JIXIAO_INDICATORS_PROJECT_BLOCKS_H_
#define JIXIAO_INDICATORS_PROJECT_BLOCKS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/project_rows.h"

namespace jixiao {

/// Splits the bytes of a file descriptor into the table's header and blocks of whole records,
/// each ending where a project ends: just before a record whose 项目名称 is another, not empty,
/// than the one of the record before it (as ProjectRowReader reads them), or at the end of the
/// input. Records end at a line feed outside quotes (an even number of '"' before it). Memory is
/// bounded by the block size, or by one project when a project is larger.
class ProjectBlockReader {
 public:
  /// REQUIRES: `fd` is open for reading; the reader does not close it.
  explicit ProjectBlockReader(int fd, size_t block_bytes = size_t{1} << 20);

  /// Reads the header row into `file` (ReadProjectCsvFileHeader): `given` (one CSV line, as
  /// pipe mode's --header) when it is not empty, else the input's first row that is not blank
  /// (after a UTF-8 BOM). False when the rows cannot be read: the diagnostics say why (an input
  /// without any row: 项目数据表是空的), or `error` on a read error.
  bool ReadHeader(const std::string& given, ProjectCsvFile& file,
                  std::vector<Diagnostic>& diagnostics, std::string& error);

  /// The line the first block starts on (after ReadHeader).
  int first_line() const { return first_line_; }

  /// The next block, replacing `block`'s contents. From a regular file a block is about
  /// `block_bytes` long; from a pipe it holds what each read completes, so that a project comes
  /// out as soon as the first row of the next one arrives. False at the end of the input, or on
  /// a read error (`error` set). REQUIRES: ReadHeader returned true.
  bool Next(std::string& block, std::string& error);

 private:
  // Reads once into the buffer's free space (growing it when full); false at the end.
  bool Fill(std::string& error);
  // The start of the last record in buffer_[0, size_) that begins another project than the
  // record before it, both complete; 0 when there is none.
  size_t LastProjectStart();
  // The 项目名称 of the first (or the last) CsvReader record in `records`; "" if none.
  std::string NameOf(std::string_view records, bool last);

  int fd_;
  bool pipe_ = false;
  size_t block_bytes_;
  std::string buffer_;
  size_t size_ = 0;  // bytes of buffer_ read and not yet handed out
  bool eof_ = false;
  int first_line_ = 1;
  const ProjectCsvLayout* layout_ = nullptr;
  std::vector<CsvField> row_;
  std::vector<Diagnostic> ignored_;
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_PROJECT_BLOCKS_H_
