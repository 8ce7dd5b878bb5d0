// RFC 4180 CSV for UTF-8 text, with every field located, as spreadsheets export
// it.
#ifndef JIXIAO_INDICATORS_CSV_H_
#define JIXIAO_INDICATORS_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"

namespace jixiao {

/// One field, unquoted ("" → ") and with the 1-based line and column (in
/// characters) where it starts: at its opening quote when it is quoted.
struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

/// All records of a file, in order. A blank line is a record of one empty
/// field.
struct CsvTable {
  std::vector<std::vector<CsvField>> rows;
};

/// Reads a CSV text one record at a time, so that a large file needs no table
/// in memory and the caller's row storage is reused. Strips a UTF-8 BOM;
/// accepts CRLF, LF and CR line ends; quoted fields may hold commas, "" and
/// line breaks (a CRLF inside one is read as LF). Problems become diagnostics;
/// the reader keeps going after each, except after invalid UTF-8, which ends
/// the file (its bytes cannot be read as text).
class CsvReader {
 public:
  /// REQUIRES: `text` outlives the reader.
  CsvReader(std::string_view text, std::string file);

  /// Reads the next record into `row`, resized to its field count; the strings
  /// of `row` keep their capacity. Returns false at the end of the text.
  bool Next(std::vector<CsvField>& row, std::vector<Diagnostic>& diagnostics);

  /// Goes on with the next part of the same file: `text` starts where the
  /// previous part ended, at the start of a record (RecordChunker cuts there),
  /// so line numbers continue. REQUIRES: `text` outlives the reader.
  void Continue(std::string_view text);

  /// Checks that the text from here on is UTF-8, as Next does before its first record (once per
  /// text): false, with the error located at the first invalid byte, when it is not; the reader
  /// is then at the end of the text.
  bool CheckEncoding(std::vector<Diagnostic>& diagnostics);

  /// Moves to byte `pos` of the current text, the start of a record, which is on line `line`:
  /// to read a record again, or to go past records read by other means. The encoding is not
  /// checked again.
  void Seek(size_t pos, int line);

  /// The byte offset and line of the next record.
  size_t position() const { return pos_; }
  int line() const { return line_; }

  const std::string& file() const { return file_; }

 private:
  void ReadQuoted(CsvField& field, std::vector<Diagnostic>& diagnostics);
  void ReadUnquoted(CsvField& field, std::vector<Diagnostic>& diagnostics);
  // Consumes one byte, keeping line and column; `c` is the byte.
  void Advance(char c);
  SourceLocation Here() const { return SourceLocation{file_, line_, column_}; }

  std::string_view text_;
  std::string file_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  bool checked_encoding_ = false;
};

/// Reads the whole of `text` into `out`. Returns true when no error was
/// reported.
bool ReadCsv(std::string_view text, const std::string& file, CsvTable& out,
             std::vector<Diagnostic>& diagnostics);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_CSV_H_
