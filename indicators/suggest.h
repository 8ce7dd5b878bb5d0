// "Did you mean …?" for misspelt keys, headers and names.
#ifndef JIXIAO_INDICATORS_SUGGEST_H_
#define JIXIAO_INDICATORS_SUGGEST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

/// Levenshtein distance counted in characters (code points), not bytes.
size_t EditDistance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a slip: at most
/// max(1, length of the candidate / 2) characters apart. "" when none is.
std::string SuggestClosest(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_SUGGEST_H_
