// Problems found in templates and project data, as values (see STYLE.md, "Error handling").
#ifndef JIXIAO_INDICATORS_DIAGNOSTIC_H_
#define JIXIAO_INDICATORS_DIAGNOSTIC_H_

#include <string>
#include <vector>

namespace jixiao {

/// Where something was written: file name, 1-based line and 1-based column counted in characters
/// (code points), not bytes. line == 0 means "the whole file".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { kError, kWarning, kNote };

/// One problem, located. `indicator_path` is the indicator's path ("产出指标/数量指标/展销天数") or
/// empty; `hint` says what to do about it.
struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string indicator_path;
  std::string message;
  std::string hint;
};

/// "file:line:col: error: message [path]" and, when there is a hint, a second line
/// "  hint: ...". No trailing newline.
std::string FormatDiagnostic(const Diagnostic& d);

/// True when any diagnostic is an error.
bool HasErrors(const std::vector<Diagnostic>& diagnostics);

/// Appends an error to `out`.
void AddError(std::vector<Diagnostic>& out, SourceLocation where, std::string message,
              std::string hint = {}, std::string indicator_path = {});

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_DIAGNOSTIC_H_
