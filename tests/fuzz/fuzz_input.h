// The entry point every fuzz harness defines (libFuzzer's), and a helper to view its input.
#ifndef JIXIAO_TESTS_FUZZ_FUZZ_INPUT_H_
#define JIXIAO_TESTS_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace jixiao {

/// The fuzzer's bytes as text (not necessarily UTF-8).
inline std::string_view FuzzText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace jixiao

#endif  // JIXIAO_TESTS_FUZZ_FUZZ_INPUT_H_
