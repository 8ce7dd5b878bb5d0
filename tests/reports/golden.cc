#include "tests/reports/golden.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <boost/test/unit_test.hpp>

namespace jixiao::testing {
namespace {

bool UpdateRequested() {
  const char* value = std::getenv("JIXIAO_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

// "line 12: expected «…» but got «…»" for the first differing line.
std::string FirstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool has_e = static_cast<bool>(std::getline(e, el));
    bool has_a = static_cast<bool>(std::getline(a, al));
    if (!has_e && !has_a) return "files differ only in their final line break";
    if (!has_e || !has_a || el != al)
      return "line " + std::to_string(line) + ": expected «" + (has_e ? el : "<end>") +
             "» but got «" + (has_a ? al : "<end>") + "»";
  }
}

}  // namespace

std::string GoldenPath(const std::string& name) {
  return std::string(JIXIAO_TEST_DATA) + "/golden/" + name;
}

void CheckGolden(const std::string& name, const std::string& actual) {
  std::string path = GoldenPath(name);
  if (UpdateRequested()) {
    std::ofstream out(path, std::ios::binary);
    out << actual;
    BOOST_REQUIRE_MESSAGE(out.good(), "cannot write " << path);
    BOOST_TEST_MESSAGE("rewrote " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in.good(),
                        "missing golden file " << path << " (run with JIXIAO_UPDATE_GOLDEN=1)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string expected = buffer.str();
  BOOST_CHECK_MESSAGE(expected == actual, name << " differs from its golden file: "
                                               << FirstDifference(expected, actual));
}

}  // namespace jixiao::testing
