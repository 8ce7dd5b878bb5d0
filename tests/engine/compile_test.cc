#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/scorecard.h"
#include "indicators/template_loader.h"

namespace jixiao {
namespace {

// Every message of loading, validating and compiling `yaml`, one per line.
std::string Compile(const std::string& yaml) {
  LoadResult loaded = LoadTemplateFromString(yaml, "c.yaml");
  std::string out;
  for (const Diagnostic& d : loaded.diagnostics) out += FormatDiagnostic(d) + "\n";
  if (!loaded.value) return "LOAD FAILED\n" + out;
  for (const Diagnostic& d : CompileScorecard(std::move(*loaded.value)).diagnostics)
    out += FormatDiagnostic(d) + "\n";
  return out;
}

const char* kHead = "id: c\nindicators:\n  - name: 甲\n    points: 100\n    target: 10\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(compile)

// Formula columns count from the formula's first character, whether it is written plain, in
// quotes or as a block scalar on the next line.
BOOST_AUTO_TEST_CASE(formula_errors_are_located_in_the_formula_however_it_is_quoted) {
  const std::string message =
      ": error: 此处不应出现运算符「/」 [甲]\n  hint: 检查是否多写了运算符或少写了数值\n";
  BOOST_TEST(Compile(std::string(kHead) + "    formula: 业绩值 / / 5\n") ==
             "c.yaml:6:20" + message);
  BOOST_TEST(Compile(std::string(kHead) + "    formula: \"业绩值 / / 5\"\n") ==
             "c.yaml:6:21" + message);
  BOOST_TEST(Compile(std::string(kHead) + "    formula: '业绩值 / / 5'\n") ==
             "c.yaml:6:21" + message);
  BOOST_TEST(Compile(std::string(kHead) + "    formula: >\n      业绩值 / / 5\n") ==
             "c.yaml:7:13" + message);
  BOOST_TEST(
      Compile(std::string(kHead) + "    method: {method: 公式, formula: \"业绩值 / / 5\"}\n") ==
      "c.yaml:6:42" + message);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
