// The keys of every YAML map jixiao reads, one table per kind of map (template, node, method,
// project, test case …). The loaders read with these tables and nothing else, so a test can
// compare them with the JSON Schema editors use (docs/schema/jixiao-template.schema.json).
#ifndef JIXIAO_INDICATORS_YAML_KEYS_H_
#define JIXIAO_INDICATORS_YAML_KEYS_H_

#include <string_view>
#include <vector>

#include "indicators/yaml_reader.h"

namespace jixiao {

// Template files (docs/template-format.md).
extern const std::vector<KeySpec> kTemplateKeys;    // the top level
extern const std::vector<KeySpec> kNodeKeys;        // indicators, children, overrides
extern const std::vector<KeySpec> kAddNodeKeys;     // add: a node and `under`
extern const std::vector<KeySpec> kGradeKeys;       // grades
extern const std::vector<KeySpec> kScaleLevelKeys;  // scales
extern const std::vector<KeySpec> kRoundingKeys;    // rounding
extern const std::vector<KeySpec> kDefaultsKeys;    // defaults
extern const std::vector<KeySpec> kMethodKeys;      // a method with parameters
extern const std::vector<KeySpec> kBandKeys;        // M6 bands
extern const std::vector<KeySpec> kChecklistKeys;   // M8 items
extern const std::vector<KeySpec> kCaseKeys;        // cases
extern const std::vector<KeySpec> kExpectKeys;      // a case's expect

// Project data files (docs/data-format.md), and a test case's project.
extern const std::vector<KeySpec> kProjectFileKeys;
extern const std::vector<KeySpec> kProjectKeys;
extern const std::vector<KeySpec> kBudgetKeys;
extern const std::vector<KeySpec> kEntryKeys;

/// One table and the name of the schema definition that describes the same map.
struct KeyTable {
  std::string_view definition;  // "template", "node", "method", … (the schema's definitions)
  const std::vector<KeySpec>* keys;
};

/// Every table above, each once.
const std::vector<KeyTable>& AllKeyTables();

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_YAML_KEYS_H_
