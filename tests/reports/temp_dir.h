// Scratch directories and whole-file reads for the tests that write files.
#ifndef JIXIAO_TESTS_REPORTS_TEMP_DIR_H_
#define JIXIAO_TESTS_REPORTS_TEMP_DIR_H_

#include <filesystem>
#include <string>
#include <vector>

namespace jixiao::testing {

/// A fresh directory under the system temp directory, removed with everything in it afterwards.
struct TempDir {
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// The names in the directory, sorted.
  std::vector<std::string> Entries() const;

  std::filesystem::path path;
};

/// The whole file, as bytes ("" when it cannot be read).
std::string ReadFile(const std::filesystem::path& path);

/// Writes `content` to `path`, replacing it.
void WriteFile(const std::filesystem::path& path, const std::string& content);

}  // namespace jixiao::testing

#endif  // JIXIAO_TESTS_REPORTS_TEMP_DIR_H_
