// Numbers as messages and traces print them.
#ifndef JIXIAO_INDICATORS_NUMBER_TEXT_H_
#define JIXIAO_INDICATORS_NUMBER_TEXT_H_

#include <string>

namespace jixiao {

/// `value` with at most `max_places` decimals and no trailing zeros: 50 → "50",
/// 2.27 → "2.27", 7.7333333 → "7.733333". Non-finite values print as "—".
std::string NumberText(double value, int max_places = 6);

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_NUMBER_TEXT_H_
