// Golden-file comparison for renderer output.
#ifndef JIXIAO_TESTS_REPORTS_GOLDEN_H_
#define JIXIAO_TESTS_REPORTS_GOLDEN_H_

#include <string>

namespace jixiao::testing {

/// The golden file tests/reports/golden/<name>.
std::string GoldenPath(const std::string& name);

/// Checks that `actual` equals the golden file `name` byte for byte, reporting
/// the first line that differs. To accept new output, run the tests with
/// JIXIAO_UPDATE_GOLDEN=1 in the environment: the files are rewritten instead
/// of compared. Then read every changed file (and `git diff` it) before keeping
/// it: the check is only as good as the golden file.
void CheckGolden(const std::string& name, const std::string& actual);

}  // namespace jixiao::testing

#endif  // JIXIAO_TESTS_REPORTS_GOLDEN_H_
