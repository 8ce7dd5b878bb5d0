#include "indicators/shipped_sets.h"

namespace jixiao {

const ShippedSet* FindShippedSet(std::string_view name) {
  for (const ShippedSet& set : ShippedSets())
    if (name == set.name || name == set.file_name) return &set;
  return nullptr;
}

}  // namespace jixiao
