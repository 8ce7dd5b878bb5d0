// Reads typed fields out of a YamlNode map, reporting every problem as a located diagnostic.
#ifndef JIXIAO_INDICATORS_YAML_READER_H_
#define JIXIAO_INDICATORS_YAML_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/yaml_document.h"

namespace jixiao {

/// A key a map may hold: its canonical (English) name and the other names users may write.
struct KeySpec {
  std::string_view name;
  std::vector<std::string_view> aliases;  // string literals only
};

/// Reads one map. Every key must be one of `keys` (or an alias); unknown keys are reported when
/// the reader is destroyed or Finish() is called, with a did-you-mean suggestion.
class MapReader {
 public:
  /// REQUIRES: `keys` outlives the reader.
  MapReader(const YamlNode& map, std::string context, const std::vector<KeySpec>& keys,
            std::vector<Diagnostic>& diagnostics, std::string indicator_path = {});
  ~MapReader();
  MapReader(const MapReader&) = delete;
  MapReader& operator=(const MapReader&) = delete;

  /// False when the node was not a map (already reported).
  bool ok() const { return ok_; }

  /// The value under `name` (or one of its aliases), or nullptr when absent.
  const YamlNode* Get(std::string_view name);
  /// The key of `name` as written, to locate a message at it; nullptr when absent.
  const YamlNode* Key(std::string_view name) const;
  /// Text of a scalar (numbers included); nullopt when absent; reports a non-scalar.
  std::optional<std::string> String(std::string_view name);
  /// A number; reports text that is not one ("分值「十」不是数字").
  std::optional<double> Number(std::string_view name);
  /// true/false/yes/no/是/否.
  std::optional<bool> Bool(std::string_view name);
  /// A list of strings (a single scalar counts as a list of one).
  std::vector<std::string> StringList(std::string_view name);
  /// Reports `name` as required and missing, at the map's location.
  void Missing(std::string_view name, std::string_view hint = {});

  const YamlNode& node() const { return map_; }
  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  const std::string& indicator_path() const { return indicator_path_; }
  /// Sets the path later messages (and the unknown-key report) name.
  void set_indicator_path(std::string path) { indicator_path_ = std::move(path); }

  /// Reports unknown keys now (once).
  void Finish();

 private:
  const KeySpec* Spec(std::string_view key) const;

  const YamlNode& map_;
  std::string context_;
  const std::vector<KeySpec>& keys_;
  std::vector<Diagnostic>& diagnostics_;
  std::string indicator_path_;
  bool ok_ = true;
  bool finished_ = false;
};

/// Parses a YAML scalar as a number ("10", "2.27", "-1e3"). nullopt if it is not one.
std::optional<double> ParseYamlNumber(std::string_view text);

/// Parses true/false/yes/no/是/否/1/0. nullopt otherwise.
std::optional<bool> ParseYamlBool(std::string_view text);

/// Reports `node` as an error at its location.
void ReportAt(std::vector<Diagnostic>& diagnostics, const YamlNode& node, std::string message,
              std::string hint = {}, std::string indicator_path = {});

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_YAML_READER_H_
