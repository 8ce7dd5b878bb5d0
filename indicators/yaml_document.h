// A YAML document as jixiao's own small tree, with a location on every key and value.
// yaml-cpp lives behind yaml_document.cc only.
#ifndef JIXIAO_INDICATORS_YAML_DOCUMENT_H_
#define JIXIAO_INDICATORS_YAML_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/limits.h"

namespace jixiao {

struct YamlEntry;

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMap };
  Kind kind = Kind::kNull;
  std::string scalar;              // kScalar: the text
  bool quoted = false;             // kScalar: written in quotes
  std::vector<YamlNode> items;     // kSequence
  std::vector<YamlEntry> entries;  // kMap: in document order
  SourceLocation where;            // 1-based line, column in characters
  int text_line = 0;    // kScalar, quoted or block: where the text starts (0: at `where`)
  int text_column = 0;  // (kept as numbers: a second location would copy the file name)

  bool IsNull() const { return kind == Kind::kNull; }
  bool IsScalar() const { return kind == Kind::kScalar; }
  bool IsSequence() const { return kind == Kind::kSequence; }
  bool IsMap() const { return kind == Kind::kMap; }
  /// Where a scalar's text starts: after an opening quote, on the line after | or >.
  SourceLocation TextWhere() const;
  /// The value of `key` in a map, or nullptr.
  const YamlNode* Find(std::string_view key) const;
};

/// One "key: value" of a map. (Not std::pair: a pair of the incomplete YamlNode is ill-formed,
/// and clang with libstdc++ rejects it.)
struct YamlEntry {
  YamlNode key;
  YamlNode value;
};

/// Limits that keep a hostile file from exhausting memory or stack (indicators/limits.h).
struct YamlLimits {
  size_t max_bytes = kMaxYamlBytes;
  int max_depth = kMaxYamlDepth;
  size_t max_nodes = kMaxYamlNodes;  // counts nodes produced by alias expansion too
  size_t max_alias_nodes = kMaxYamlAliasNodes;
};

/// Parses one YAML document. Reports invalid UTF-8 (e.g. a GBK file), syntax errors,
/// duplicate keys, merge keys (<<) and exceeded limits as located diagnostics; returns false
/// when there was any error.
bool ParseYaml(std::string_view text, const std::string& file, YamlNode& root,
               std::vector<Diagnostic>& diagnostics, const YamlLimits& limits = {});

/// A short description of a node's kind in Chinese for messages ("映射", "列表", "文本", "空值").
std::string_view YamlKindName(YamlNode::Kind kind);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_YAML_DOCUMENT_H_
