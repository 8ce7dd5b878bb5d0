// Fuzzes the value parser: ParseValue on the input, then what the engine does with its result
// (unit conversion, comparator symbols); ParseComparator on the raw text.
#include <string>

#include "indicators/value.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace jixiao;
  const std::string_view text = FuzzText(data, size);
  const Value v = ParseValue(text);
  ConvertUnit(v.number, v.unit, "万元");
  ConvertUnit(v.number, v.unit, "人次");
  ConvertUnit(v.number, "万" + v.unit, v.unit);
  ComparatorSymbol(v.comparator);
  ParseComparator(text);
  return 0;
}
