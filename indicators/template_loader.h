// YAML indicator-set files → Template, with every problem located (docs/template-format.md).
#ifndef JIXIAO_INDICATORS_TEMPLATE_LOADER_H_
#define JIXIAO_INDICATORS_TEMPLATE_LOADER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/template.h"

namespace jixiao {

struct LoadResult {
  std::optional<Template> value;  // absent when there were errors
  std::vector<Diagnostic> diagnostics;
};

/// Reads a file's bytes; nullopt when it cannot be read.
using FileReader = std::function<std::optional<std::string>(const std::string& path)>;

/// The file system reader. Reads at most kMaxFileBytes + 1 bytes (indicators/limits.h), so
/// that an endless file is refused rather than read forever.
std::optional<std::string> ReadFileBytes(const std::string& path);

/// Loads a template from text. `file` names it in messages and anchors relative `extends:`
/// paths, which are read through `reader`.
LoadResult LoadTemplateFromString(std::string_view yaml, const std::string& file,
                                  const FileReader& reader = ReadFileBytes);

/// Loads a template file (and the files it extends).
LoadResult LoadTemplateFile(const std::string& path, const FileReader& reader = ReadFileBytes);

/// FNV-1a 64-bit hash of `bytes`, continuing from `seed`.
uint64_t Fnv1a64(std::string_view bytes, uint64_t seed = 14695981039346656037ull);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_TEMPLATE_LOADER_H_
