// Reads a scoring method written in YAML: a name ("正向比例", "M2") or a map with parameters.
#ifndef JIXIAO_INDICATORS_METHOD_YAML_H_
#define JIXIAO_INDICATORS_METHOD_YAML_H_

#include <optional>
#include <string>
#include <vector>

#include "indicators/diagnostic.h"
#include "indicators/method.h"
#include "indicators/yaml_document.h"

namespace jixiao {

/// Reads `node` as a method. Reports unknown method names (listing the known ones), unknown
/// parameters and bad values; returns nullopt when the method itself is unusable.
std::optional<MethodSpec> ReadMethodSpec(const YamlNode& node, const std::string& indicator_path,
                                         std::vector<Diagnostic>& diagnostics);

/// "M1 预算执行率, M2 正向比例, …" for messages.
std::string KnownMethodList();

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_METHOD_YAML_H_
