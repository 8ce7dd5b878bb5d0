// Score trees built by hand from published tables (shared/reference/), for the
// report tests.
#ifndef JIXIAO_TESTS_REPORTS_FIXTURES_H_
#define JIXIAO_TESTS_REPORTS_FIXTURES_H_

#include <string>
#include <string_view>

#include "engine/score_tree.h"

namespace jixiao::testing {

/// Beijing 2020, project 21: 第七届北京农业嘉年华 (budget 160/160/159.80445
/// → 9.99; 展销天数 and 展销时间 overridden by the unit; total 97.99, 优).
ScoreTree BeijingCarnival();

/// Shenzhen 2019: the 自评价评分表 of 扶贫协作和合作交流行政经费 (38 rows,
/// two-decimal weights, 评分标准, two 0-point groups; total 94.52).
ScoreTree ShenzhenSheet();

/// A central-style table with the awkward cases: a not-applicable row (total
/// rescaled), a missing-data row, a row that cannot be scored, an indicator one
/// level up, an empty group, published figures that differ, and text that
/// spreadsheets, Markdown and JSON must escape.
ScoreTree EdgeCases();

/// The node with `id`, or nullptr.
const ScoreNode* FindNode(const ScoreTree& tree, std::string_view id);

}  // namespace jixiao::testing

#endif  // JIXIAO_TESTS_REPORTS_FIXTURES_H_
