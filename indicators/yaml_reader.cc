#include "indicators/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "indicators/suggest.h"
#include "indicators/utf8.h"

namespace jixiao {
namespace {}  // namespace

void ReportAt(std::vector<Diagnostic>& diagnostics, const YamlNode& node, std::string message,
              std::string hint, std::string indicator_path) {
  AddError(diagnostics, node.where, std::move(message), std::move(hint), std::move(indicator_path));
}

std::optional<double> ParseYamlNumber(std::string_view text) {
  text = Trim(text);
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::optional<bool> ParseYamlBool(std::string_view text) {
  text = Trim(text);
  for (std::string_view t : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "是", "1", "√"})
    if (text == t) return true;
  for (std::string_view f : {"false", "False", "FALSE", "no", "No", "NO", "off", "否", "0"})
    if (text == f) return false;
  return std::nullopt;
}

MapReader::MapReader(const YamlNode& map, std::string context, const std::vector<KeySpec>& keys,
                     std::vector<Diagnostic>& diagnostics, std::string indicator_path)
    : map_(map),
      context_(std::move(context)),
      keys_(keys),
      diagnostics_(diagnostics),
      indicator_path_(std::move(indicator_path)) {
  if (!map.IsMap()) {
    ok_ = false;
    finished_ = true;
    ReportAt(diagnostics_, map,
             context_ + "应是映射（键: 值），这里是" + std::string(YamlKindName(map.kind)), "",
             indicator_path_);
  }
}

MapReader::~MapReader() { Finish(); }

const KeySpec* MapReader::Spec(std::string_view key) const {
  for (const auto& spec : keys_) {
    if (spec.name == key) return &spec;
    for (auto alias : spec.aliases)
      if (alias == key) return &spec;
  }
  return nullptr;
}

const YamlNode* MapReader::Get(std::string_view name) {
  if (!ok_) return nullptr;
  const YamlNode* found = nullptr;
  for (const auto& [key, value] : map_.entries) {
    const KeySpec* spec = Spec(key.scalar);
    if (spec == nullptr || spec->name != name) continue;
    if (found != nullptr) {
      ReportAt(diagnostics_, key, "「" + key.scalar + "」与同义的键重复", "只保留一个",
               indicator_path_);
      continue;
    }
    found = &value;
  }
  return found;
}

const YamlNode* MapReader::Key(std::string_view name) const {
  if (!ok_) return nullptr;
  for (const auto& [key, value] : map_.entries)
    if (const KeySpec* spec = Spec(key.scalar); spec != nullptr && spec->name == name) return &key;
  return nullptr;
}

std::optional<std::string> MapReader::String(std::string_view name) {
  const YamlNode* n = Get(name);
  if (n == nullptr || n->IsNull()) return std::nullopt;
  if (!n->IsScalar()) {
    ReportAt(diagnostics_, *n,
             "「" + std::string(name) + "」应是文本，这里是" + std::string(YamlKindName(n->kind)),
             "", indicator_path_);
    return std::nullopt;
  }
  return n->scalar;
}

std::optional<double> MapReader::Number(std::string_view name) {
  const YamlNode* n = Get(name);
  if (n == nullptr || n->IsNull()) return std::nullopt;
  std::optional<double> v = n->IsScalar() ? ParseYamlNumber(n->scalar) : std::nullopt;
  if (!v)
    ReportAt(diagnostics_, *n,
             "「" + std::string(name) + "」应是数字，这里是「" +
                 (n->IsScalar() ? n->scalar : std::string(YamlKindName(n->kind))) + "」",
             "只写数字，例如 10 或 2.27，不要带单位", indicator_path_);
  return v;
}

std::optional<bool> MapReader::Bool(std::string_view name) {
  const YamlNode* n = Get(name);
  if (n == nullptr || n->IsNull()) return std::nullopt;
  std::optional<bool> v = n->IsScalar() ? ParseYamlBool(n->scalar) : std::nullopt;
  if (!v)
    ReportAt(diagnostics_, *n, "「" + std::string(name) + "」应是 true 或 false（是/否）", "",
             indicator_path_);
  return v;
}

std::vector<std::string> MapReader::StringList(std::string_view name) {
  std::vector<std::string> out;
  const YamlNode* n = Get(name);
  if (n == nullptr || n->IsNull()) return out;
  if (n->IsScalar()) {
    out.push_back(n->scalar);
    return out;
  }
  if (!n->IsSequence()) {
    ReportAt(diagnostics_, *n, "「" + std::string(name) + "」应是文本列表", "", indicator_path_);
    return out;
  }
  for (const auto& item : n->items) {
    if (item.IsScalar())
      out.push_back(item.scalar);
    else
      ReportAt(diagnostics_, item, "「" + std::string(name) + "」的每一项应是文本", "",
               indicator_path_);
  }
  return out;
}

void MapReader::Missing(std::string_view name, std::string_view hint) {
  ReportAt(diagnostics_, map_, context_ + "缺少「" + std::string(name) + "」", std::string(hint),
           indicator_path_);
}

void MapReader::Finish() {
  if (finished_) return;
  finished_ = true;
  std::vector<std::string_view> names, aliases;
  for (const auto& spec : keys_) {
    names.push_back(spec.name);
    aliases.insert(aliases.end(), spec.aliases.begin(), spec.aliases.end());
  }
  for (const auto& [key, value] : map_.entries) {
    if (Spec(key.scalar) != nullptr) continue;
    std::string suggestion = SuggestClosest(key.scalar, names);
    if (suggestion.empty()) suggestion = SuggestClosest(key.scalar, aliases);
    std::string known;
    for (auto n : names) known += (known.empty() ? "" : ", ") + std::string(n);
    ReportAt(diagnostics_, key, context_ + "中有未知的键「" + key.scalar + "」",
             suggestion.empty() ? "可用的键：" + known : "是不是「" + suggestion + "」？",
             indicator_path_);
  }
}

}  // namespace jixiao
