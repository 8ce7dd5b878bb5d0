#include "indicators/template_scaffold.h"

#include <string>

#include <boost/test/unit_test.hpp>

#include "indicators/shipped_sets.h"
#include "indicators/template_cases.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

ScaffoldOptions Options() {
  ScaffoldOptions options;
  options.id = "new-set";
  options.schema_path = "schema.json";
  options.source = "src.yaml";
  return options;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_scaffold)

BOOST_AUTO_TEST_CASE(sets_id_version_name_and_the_schema_line_and_keeps_comments) {
  ScaffoldOptions options = Options();
  options.name = "新的 \"名称\"";
  std::string text = ScaffoldTemplate(
      "# yaml-language-server: $schema=old.json\n"
      "# 原来的说明\n"
      "id: old\n"
      "name: 旧名称\n"
      "version: \"2020.1\"\n"
      "indicators:\n"
      "  - {id: a, name: 甲, points: 100, target: ≥1个, method: 正向比例}\n",
      options);
  BOOST_TEST(text.rfind("# yaml-language-server: $schema=schema.json\n# 新的指标体系", 0) == 0);
  BOOST_TEST(text.find("old.json") == std::string::npos);
  BOOST_TEST(text.find("# 原来的说明\n") != std::string::npos);
  BOOST_TEST(text.find("\nid: \"new-set\"") != std::string::npos);
  BOOST_TEST(text.find("\nname: \"新的 \\\"名称\\\"\"\n") != std::string::npos);
  BOOST_TEST(text.find("\nversion: \"1\"") != std::string::npos);
  LoadResult loaded = LoadTemplateFromString(text, "new.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  BOOST_TEST(loaded.value->meta.id == "new-set");
  BOOST_TEST(loaded.value->meta.name == "新的 \"名称\"");
  // A source without cases gets a commented example.
  BOOST_TEST(text.find("# cases:\n#   - name: 全部达到目标\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(keeps_only_the_first_case) {
  std::string text = ScaffoldTemplate(
      "id: old\n"
      "indicators:\n"
      "  - {id: a, name: 甲, points: 100, target: ≥1个, method: 正向比例}\n"
      "cases:\n"
      "  - name: 一\n"
      "    project: {indicators: [{id: a, actual: 1个}]}\n"
      "    expect: {total: 100}\n"
      "  # 第二个用例\n"
      "  - name: 二\n"
      "    project: {indicators: [{id: a, actual: 0个}]}\n"
      "    expect: {total: 0}\n",
      Options());
  CasesLoadResult cases = LoadTemplateCases(text, "new.yaml");
  BOOST_TEST_REQUIRE(cases.diagnostics.empty());
  BOOST_TEST_REQUIRE(cases.cases.size() == 1u);
  BOOST_TEST(cases.cases[0].name == "一");
  BOOST_TEST(text.find("第二个用例") == std::string::npos);
  BOOST_TEST(text.find("  # 更多用例照上面的样子写") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_built_in_sets_are_the_files) {
  for (const char* name :
       {"central_2020", "beijing_2020", "shenzhen_2019", "department_evaluation_2020"}) {
    const ShippedSet* set = FindShippedSet(name);
    BOOST_TEST_REQUIRE(set != nullptr, name);
    std::optional<std::string> file =
        ReadFileBytes(std::string(JIXIAO_SOURCE_DIR "/indicators/sets/") + name + ".yaml");
    BOOST_TEST_REQUIRE(file.has_value());
    BOOST_TEST((set->text == *file), name);
    BOOST_TEST((FindShippedSet(set->file_name) == set));
  }
  BOOST_TEST(ShippedSets().size() == 4u);
  BOOST_TEST(FindShippedSet("central_2021") == nullptr);
}

BOOST_AUTO_TEST_CASE(extends_falls_back_to_a_built_in_set_only_by_bare_name) {
  auto nothing = [](const std::string&) { return std::optional<std::string>(); };
  LoadResult bare =
      LoadTemplateFromString("id: c\nextends: central_2020.yaml\n", "d/c.yaml", nothing);
  BOOST_TEST_REQUIRE(bare.value.has_value());
  BOOST_TEST(bare.value->extends.at(0) == "central-project-2020");
  LoadResult pathed =
      LoadTemplateFromString("id: c\nextends: sets/central_2020.yaml\n", "d/c.yaml", nothing);
  BOOST_TEST(!pathed.value.has_value());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
