// Writing a report so that a reader never sees half of it.
#ifndef JIXIAO_REPORTS_OUTPUT_FILE_H_
#define JIXIAO_REPORTS_OUTPUT_FILE_H_

#include <string>
#include <string_view>

namespace jixiao {

/// Writes `content` to `path` atomically: into a temporary file in the same
/// directory, which is flushed to disk (fsync) and then renamed over `path`. On
/// any failure the temporary file is removed, an existing `path` is left as it
/// was, `error` says what failed and the result is false. A new file gets mode
/// 0644, a replaced one keeps its mode. A symbolic link at `path` is replaced,
/// not followed. "-" writes to standard output. A signal that ends the process while the
/// file is being written (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ) first removes the
/// temporary file, so no partial file is left behind either.
bool WriteOutputAtomically(const std::string& path, std::string_view content, std::string& error);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_OUTPUT_FILE_H_
