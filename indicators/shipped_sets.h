// The indicator sets shipped in indicators/sets/, built into jixiao (cmake/EmbedShippedSets.cmake
// generates their table), so that they are found wherever jixiao runs: `jixiao init --from
// central_2020`, and `extends: central_2020.yaml` when no such file is next to the template.
#ifndef JIXIAO_INDICATORS_SHIPPED_SETS_H_
#define JIXIAO_INDICATORS_SHIPPED_SETS_H_

#include <string_view>
#include <vector>

namespace jixiao {

struct ShippedSet {
  std::string_view name;       // "central_2020"
  std::string_view file_name;  // "central_2020.yaml"
  std::string_view text;       // the file's bytes at build time
};

/// Every shipped set, in file-name order.
const std::vector<ShippedSet>& ShippedSets();

/// The set named `name` ("central_2020" or "central_2020.yaml"), or nullptr.
const ShippedSet* FindShippedSet(std::string_view name);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_SHIPPED_SETS_H_
