#include "indicators/diagnostic.h"

#include <algorithm>

namespace jixiao {

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = d.where.file.empty() ? std::string("<input>") : d.where.file;
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line);
    if (d.where.column > 0) out += ":" + std::to_string(d.where.column);
  }
  switch (d.severity) {
    case Severity::kError:
      out += ": error: ";
      break;
    case Severity::kWarning:
      out += ": warning: ";
      break;
    case Severity::kNote:
      out += ": note: ";
      break;
  }
  out += d.message;
  if (!d.indicator_path.empty()) out += " [" + d.indicator_path + "]";
  if (!d.hint.empty()) out += "\n  hint: " + d.hint;
  return out;
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

void AddError(std::vector<Diagnostic>& out, SourceLocation where, std::string message,
              std::string hint, std::string indicator_path) {
  out.push_back(Diagnostic{Severity::kError, std::move(where), std::move(indicator_path),
                           std::move(message), std::move(hint)});
}

}  // namespace jixiao
