// A small strict JSON reader for tests: checks that renderer output parses (RFC
// 8259) and lets tests look values up.
#ifndef JIXIAO_TESTS_REPORTS_JSON_READER_H_
#define JIXIAO_TESTS_REPORTS_JSON_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::testing {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;  // decoded, UTF-8
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;

  /// The member `key` of an object; a null value when absent.
  const JsonValue& operator[](std::string_view key) const;
  /// Element `i` of an array; a null value when out of range.
  const JsonValue& operator[](size_t i) const;
};

/// Parses `text`, which must be one JSON value with nothing but whitespace
/// around it. Returns nullopt and sets `error` ("offset 12: …") when it is not
/// valid JSON.
std::optional<JsonValue> ParseJson(std::string_view text, std::string& error);

}  // namespace jixiao::testing

#endif  // JIXIAO_TESTS_REPORTS_JSON_READER_H_
