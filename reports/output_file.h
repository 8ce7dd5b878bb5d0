// Writing a report so that a reader never sees half of it.
#ifndef JIXIAO_REPORTS_OUTPUT_FILE_H_
#define JIXIAO_REPORTS_OUTPUT_FILE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace jixiao {

class TemporaryFileGuard;  // removes the temporary file when a signal ends the process

/// Writes `content` to `path` atomically: into a temporary file in the same
/// directory, which is flushed to disk (fsync) and then renamed over `path`. On
/// any failure the temporary file is removed, an existing `path` is left as it
/// was, `error` says what failed and the result is false. A new file gets mode
/// 0644, a replaced one keeps its mode. A symbolic link at `path` is replaced,
/// not followed. "-" writes to standard output.
bool WriteOutputAtomically(const std::string& path, std::string_view content, std::string& error);

/// A file name made from `name` (a project's name), for writing one file per project: / \ : * ?
/// " < > | and control characters become "_", leading dots and spaces are dropped, and the name
/// is cut to 100 bytes on a character boundary; "项目" when nothing is left. No extension.
std::string FileNameFor(std::string_view name);

/// The same, for output written piece by piece as it is produced (batch scoring): Open, Write
/// any number of times, then Commit to rename the temporary file over `path`. Destroying an
/// uncommitted output, or any failure, removes the temporary file. "-" writes each piece to
/// standard output at once (a pipe cannot be taken back).
class AtomicOutput {
 public:
  AtomicOutput();
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  bool Open(const std::string& path, std::string& error);
  bool Write(std::string_view content, std::string& error);
  bool Commit(std::string& error);
  /// Gives up: removes the temporary file. Safe to call more than once.
  void Abort();

  /// The temporary file between Open and Commit (empty for "-"), for a library that writes a
  /// file by name: it must write this file in place (open it truncating), not replace it.
  const std::string& TemporaryPath() const { return temp_; }

 private:
  bool Fail(std::string_view what, const std::string& subject, int err, std::string& error);

  std::string path_;
  std::string dir_;
  std::string temp_;
  std::unique_ptr<TemporaryFileGuard> guard_;  // armed while a temporary file exists
  int fd_ = -1;
  bool to_stdout_ = false;
};

/// Writes `path` atomically with a library that writes files by name (libxlsxwriter): `write`
/// gets the temporary file of AtomicOutput and writes it in place; then it is flushed and
/// renamed over `path`. When `write` returns false (with `error` set) or anything else fails,
/// the temporary file is removed and `path` is left as it was. "-" is refused: such files are
/// not written to standard output.
using FileWriter = std::function<bool(const std::string& temp_path, std::string& error)>;
bool WriteFileAtomically(const std::string& path, const FileWriter& write, std::string& error);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_OUTPUT_FILE_H_
