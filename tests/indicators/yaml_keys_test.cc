#include "indicators/yaml_keys.h"

#include <algorithm>
#include <set>
#include <string>

#include <boost/test/unit_test.hpp>

#include "indicators/method.h"
#include "indicators/template_loader.h"
#include "indicators/yaml_document.h"

namespace jixiao {
namespace {

constexpr const char* kSchemaPath = JIXIAO_SOURCE_DIR "/docs/schema/jixiao-template.schema.json";

// The schema file, parsed as YAML (JSON is YAML).
const YamlNode& Schema() {
  static const YamlNode kSchema = [] {
    YamlNode root;
    std::optional<std::string> bytes = ReadFileBytes(kSchemaPath);
    BOOST_TEST_REQUIRE(bytes.has_value(), kSchemaPath);
    std::vector<Diagnostic> diagnostics;
    BOOST_TEST_REQUIRE(ParseYaml(*bytes, kSchemaPath, root, diagnostics));
    return root;
  }();
  return kSchema;
}

const YamlNode* Definition(std::string_view name) {
  const YamlNode* definitions = Schema().Find("definitions");
  return definitions == nullptr ? nullptr : definitions->Find(name);
}

std::set<std::string> Keys(const YamlNode& map) {
  std::set<std::string> keys;
  for (const auto& [key, value] : map.entries) keys.insert(key.scalar);
  return keys;
}

std::string Listed(const std::set<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(yaml_keys)

// Each loader table and the schema definition of the same map hold exactly the same keys, the
// canonical names and every alias: a key the loader accepts is never flagged by an editor, and a
// key an editor offers is never refused by jixiao.
BOOST_AUTO_TEST_CASE(schema_properties_are_the_loaders_keys_and_aliases) {
  for (const KeyTable& table : AllKeyTables()) {
    BOOST_TEST_CONTEXT("definition " << table.definition) {
      const YamlNode* definition = Definition(table.definition);
      BOOST_TEST_REQUIRE(definition != nullptr,
                         "the schema has no definitions/" << table.definition);
      const YamlNode* properties = definition->Find("properties");
      BOOST_TEST_REQUIRE(properties != nullptr);
      const YamlNode* additional = definition->Find("additionalProperties");
      BOOST_TEST((additional != nullptr && additional->scalar == "false"),
                 "unknown keys must be errors in the schema, as in the loader");
      std::set<std::string> loader;
      for (const KeySpec& spec : *table.keys) {
        loader.insert(std::string(spec.name));
        for (std::string_view alias : spec.aliases) loader.insert(std::string(alias));
      }
      std::set<std::string> schema = Keys(*properties);
      std::set<std::string> only_loader, only_schema;
      std::set_difference(loader.begin(), loader.end(), schema.begin(), schema.end(),
                          std::inserter(only_loader, only_loader.end()));
      std::set_difference(schema.begin(), schema.end(), loader.begin(), loader.end(),
                          std::inserter(only_schema, only_schema.end()));
      BOOST_TEST(only_loader.empty(),
                 "accepted by the loader, missing from the schema: " << Listed(only_loader));
      BOOST_TEST(only_schema.empty(),
                 "in the schema, unknown to the loader: " << Listed(only_schema));
    }
  }
}

// Every definition of an object with closed keys belongs to a loader table.
BOOST_AUTO_TEST_CASE(every_closed_schema_object_has_a_loader_table) {
  std::set<std::string> tables;
  for (const KeyTable& table : AllKeyTables()) tables.insert(std::string(table.definition));
  const YamlNode* definitions = Schema().Find("definitions");
  BOOST_TEST_REQUIRE(definitions != nullptr);
  for (const auto& [name, definition] : definitions->entries)
    if (definition.Find("properties") != nullptr)
      BOOST_TEST(tables.count(name.scalar) == 1u, name.scalar << " has no table in yaml_keys.cc");
}

// An alias property refers to its canonical key, so an editor shows the same help for 分值 as for
// points.
BOOST_AUTO_TEST_CASE(alias_properties_refer_to_their_canonical_key) {
  for (const KeyTable& table : AllKeyTables()) {
    const YamlNode* properties = Definition(table.definition)->Find("properties");
    for (const KeySpec& spec : *table.keys)
      for (std::string_view alias : spec.aliases) {
        const YamlNode* property = properties->Find(alias);
        BOOST_TEST_REQUIRE(property != nullptr);
        const YamlNode* ref = property->Find("$ref");
        std::string expected = "#/definitions/" + std::string(table.definition) + "/properties/" +
                               std::string(spec.name);
        BOOST_TEST(
            (ref != nullptr && ref->scalar == expected),
            table.definition << "/" << alias << " should be {\"$ref\": \"" << expected << "\"}");
      }
  }
}

// The schema's method names are the names the loader accepts (codes also match its pattern).
BOOST_AUTO_TEST_CASE(schema_method_names_are_the_loaders) {
  const YamlNode* method_name = Definition("method_name");
  BOOST_TEST_REQUIRE(method_name != nullptr);
  const YamlNode* any_of = method_name->Find("anyOf");
  BOOST_TEST_REQUIRE((any_of != nullptr && !any_of->items.empty()));
  const YamlNode* listed = any_of->items[0].Find("enum");
  BOOST_TEST_REQUIRE(listed != nullptr);
  std::set<std::string> schema;
  for (const YamlNode& item : listed->items) schema.insert(item.scalar);
  std::set<std::string> loader;
  for (RuleKind kind : AllRuleKinds())
    for (std::string_view name : RuleKindNames(kind)) loader.insert(std::string(name));
  BOOST_TEST(Listed(schema) == Listed(loader));
  for (const std::string& name : schema)
    BOOST_TEST(RuleKindFromName(name).has_value(), name << " is not a method name");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
