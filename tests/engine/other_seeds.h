// The published figures of shared/reference/other_seeds.json as test vectors: the Dongcheng 2018
// (source 000, 东城区对外联络服务办公室 部门决算) and Guangzhou 2017 (source 004, 广州市协作办公室
// 部门决算) final accounts, with cross-references to a Xicheng document (001) and Beijing 2020
// (002). Every row names its case id and the source lines; where the JSON's own numbers are
// combined (a basis the source implies but does not print), the comment says so. Shared by
// tests/engine/other_seeds_test.cc (rates, M1, audit, sums, grades) and
// tests/reports/other_seeds_test.cc (the printed percentages).
#ifndef JIXIAO_TESTS_ENGINE_OTHER_SEEDS_H_
#define JIXIAO_TESTS_ENGINE_OTHER_SEEDS_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/evaluate.h"
#include "engine/scorecard.h"
#include "indicators/template_loader.h"

namespace jixiao::seeds {

/// What the source says about a rate.
enum class Stated {
  kRight,       // printed, and equal to executed / budget at its own decimals
  kOtherBasis,  // printed, but over another denominator than the one given here
  kNone,        // the source prints no rate: jixiao's figure is asserted alone
};

/// A budget and what was executed of it, as the 项目资金 row of a self-evaluation table would
/// hold them (全年预算数 = `budget`), with the rate the source states.
struct PublishedRate {
  const char* id;
  const char* lines;  // "004:1236-1238": source file and 1-based lines
  double initial;     // 年初预算数 (the budget itself unless the row says otherwise)
  double budget;      // 全年预算数, the denominator M1 divides by
  double executed;    // 全年执行数
  const char* unit;
  const char* stated;  // as printed, without "%" ("141.23", "100"); "" when none
  Stated kind;
  const char* percent;  // jixiao: executed / budget × 100, half-up to 2 decimals
  double m1_points;     // M1 with w = 10: 10 × min(rate, 1), half-up to 2 decimals
};

inline std::ostream& operator<<(std::ostream& os, const PublishedRate& r) {
  return os << r.id << " (" << r.lines << ") " << r.executed << "/" << r.budget;
}

// budget_execution_cases: the 2017 final-accounts rates of 004 are "完成年初预算的 X%"; where the
// source prints no 年初预算 the JSON's implied_budget (actual / stated rate, to the cent) stands
// in. In these rows the stated denominator sits in 全年预算数: they check the arithmetic and the
// rounding of each published rate, whatever its basis. The basis rows come after them.
inline const std::vector<PublishedRate> kRates = {
    // The double-rounding trap: 141.234995…% is 141.23 (rounding first to 141.235 gives 141.24).
    // Above 100%: printed as is, M1 caps the points.
    {"BE-004-01", "004:1236-1238", 29520.12, 29520.12, 41692.74, "万元", "141.23", Stated::kRight,
     "141.23", 10},
    {"BE-004-02", "004:1240-1244", 1839.01, 1839.01, 2139.32, "万元", "116.33", Stated::kRight,
     "116.33", 10},  // implied budget
    {"BE-004-03", "004:1254-1256", 173.38, 173.38, 193.53, "万元", "111.62", Stated::kRight,
     "111.62", 10},  // implied budget
    {"BE-004-04", "004:1263-1267", 1250, 1250, 1250, "万元", "100", Stated::kRight, "100.00",
     10},  // implied budget; 会展业务费, printed without decimals
    {"BE-004-05", "004:1271-1273", 49.5, 49.5, 63.08, "万元", "127.43", Stated::kRight, "127.43",
     10},  // implied budget
    {"BE-004-06", "004:1293-1297", 653.57, 653.57, 717.55, "万元", "109.79", Stated::kRight,
     "109.79", 10},  // implied budget
    {"BE-004-07", "004:1301-1303", 45.11, 45.11, 351.79, "万元", "779.85", Stated::kRight, "779.85",
     10},  // implied budget
    {"BE-004-08", "004:1316-1318", 43.16, 43.16, 43.16, "万元", "100", Stated::kRight, "100.00",
     10},  // implied budget
    {"BE-004-09", "004:1322-1324", 36.63, 36.63, 30.7, "万元", "83.81", Stated::kRight, "83.81",
     8.38},  // implied budget
    {"BE-004-10", "004:1330-1332", 58, 58, 58, "万元", "100", Stated::kRight, "100.00",
     10},  // implied budget
    {"BE-004-11", "004:1336-1352", 984.04, 984.04, 947.63, "万元", "96.30", Stated::kRight, "96.30",
     9.63},  // implied budget
    // The same rate over 984.00, the budget the stated reductions (17.37 + 19) imply.
    {"BE-004-11", "004:1336-1352", 984, 984, 947.63, "万元", "96.30", Stated::kRight, "96.30",
     9.63},
    {"BE-004-12", "004:1354-1356", 24014.26, 24014.26, 34979.17, "万元", "145.66", Stated::kRight,
     "145.66", 10},  // implied budget
    {"BE-004-13", "004:1388-1390", 155.07, 155.07, 191.46, "万元", "123.47", Stated::kRight,
     "123.47", 10},  // implied budget
    {"BE-004-14", "004:1397-1399", 400.24, 400.24, 706.79, "万元", "176.59", Stated::kRight,
     "176.59", 10},  // implied budget
    {"BE-004-17", "004:1452-1454", 70.22, 70.22, 35.57, "万元", "50.66", Stated::kRight, "50.66",
     5.07},  // 三公经费 合计
    {"BE-004-18", "004:1454-1456", 12.63, 12.63, 12.63, "万元", "100.00", Stated::kRight, "100.00",
     10},
    {"BE-004-19", "004:1458-1460", 9.38, 9.38, 9.38, "万元", "100.00", Stated::kRight, "100.00",
     10},
    {"BE-004-20", "004:1460-1462", 48.21, 48.21, 13.56, "万元", "28.13", Stated::kRight, "28.13",
     2.81},
    {"BE-004-21", "004:1553-1555", 89.54, 89.54, 34.83, "万元", "38.90", Stated::kRight, "38.90",
     3.89},
    // 决算 vs 年初预算; the source prints the growth (283.28% = this rate − 100%), which jixiao
    // does not compute.
    {"BE-000-01", "000:613-615", 985.03, 985.03, 3775.39, "万元", "", Stated::kNone, "383.28", 10},
    {"BE-000-03", "000:663-665", 4, 4, 3.27, "万元", "", Stated::kNone, "81.75", 8.18},
    // indicator_cases that are rates. IC-000-1: "约 98.37%" over the original 680 万元 plan, in
    // 元 and as the 项目支出决算明细表 prints it in 万元 (line 551).
    {"IC-000-1", "000:805-809,951-957", 6800000, 6800000, 6689212.09, "元", "98.37", Stated::kRight,
     "98.37", 9.84},
    {"IC-000-1", "000:551,1205-1211", 680, 680, 668.92, "万元", "98.37", Stated::kRight, "98.37",
     9.84},
    // 3100 used against the 680 planned (追加 during the year): far above 100%, not an error.
    {"IC-000-2", "000:1205-1207", 680, 680, 3100, "万元", "", Stated::kNone, "455.88", 10},
    {"IC-004-7", "004:1825-1831", 328.5, 328.5, 328.5, "万元", "100", Stated::kRight, "100.00", 10},
    // Bases. IC-000-1's 98.37% is over the original plan; the full-year budget is 680 + 2595
    // 追加 = 3275 (sum checks 000:899-931, our reading) of which 3100 was used (000:951-965):
    // printed in the 执行率 cell beside those, 98.37 is another basis and the audit says so.
    {"IC-000-1", "000:899-965,1205-1211", 680, 3275, 3100, "万元", "98.37", Stated::kOtherBasis,
     "94.66", 9.47},
    // department_overall: 99.74% of 41,743.73 over a denominator the source does not print; the
    // one candidate tested in the JSON, 财政拨款总计 42,162.54 (004:639), gives 99.01%.
    {"department_overall", "004:607,639,1962-1988", 42162.54, 42162.54, 41743.73, "万元", "99.74",
     Stated::kOtherBasis, "99.01", 9.9},
    // coverage_facts: 24,950 万元 "占年初预算的 93.39%", but the printed 年初预算 29,520.12 gives
    // 84.52% (the denominator of 93.39% is not stated).
    {"CV-004-2", "004:1236,1788-1794", 29520.12, 29520.12, 24950, "万元", "93.39",
     Stated::kOtherBasis, "84.52", 8.45},
};

/// A budget of 0 (年初无预算): no rate exists, and the source prints none.
struct ZeroBudget {
  const char* id;
  const char* lines;
  double executed;
};

inline std::ostream& operator<<(std::ostream& os, const ZeroBudget& z) {
  return os << z.id << " (" << z.lines << ") " << z.executed << "/0";
}

inline const std::vector<ZeroBudget> kZeroBudgets = {
    {"BE-004-15", "004:1308-1314", 20.56},  // 死亡抚恤, 年中追加
    {"BE-004-16", "004:1159-1164", 50.99},  // growth printed as "100%" by convention
    {"BE-000-02", "000:629-637", 1.38},     // likewise
};

/// indicator_cases with a numeric target exceeded: the source says the target was met.
struct Exceeded {
  const char* id;
  const char* lines;
  const char* target;
  const char* actual;
  const char* ratio;  // B/A as a percentage, 2 decimals at most (completion_ratio_pct)
};

inline std::ostream& operator<<(std::ostream& os, const Exceeded& e) {
  return os << e.id << " (" << e.lines << ") " << e.target << " → " << e.actual;
}

inline const std::vector<Exceeded> kExceeded = {
    {"IC-004-1", "004:1921-1925", "12万平方米", "近14万平方米", "116.67"},
    // Stated "超预期 5.56%" = (B − A)/A: jixiao computes B/A, 105.56%.
    {"IC-004-2", "004:1927-1931", "18万人次", "19万人次", "105.56"},
    {"IC-004-3", "004:1933-1937", "5个", "7个", "140"},
    {"IC-004-4", "004:1939-1943", "15个", "18个", "120"},
};

/// rounding_cases: a part as a percentage of a whole, computed from the printed figures. jixiao
/// has no share-of-total report and never forces shares to add up to 100.00; these check its
/// percentage formatting (half-up on the decimal value) on real figures. Where the source prints
/// another figure, jixiao keeps its own.
struct PrintedShare {
  const char* id;
  const char* lines;
  double part;
  double whole;
  const char* stated;  // as printed, without "%"
  const char* jixiao;  // part / whole × 100, half-up at the stated decimals
};

inline std::ostream& operator<<(std::ostream& os, const PrintedShare& s) {
  return os << s.id << " (" << s.lines << ") " << s.part << "/" << s.whole;
}

inline const std::vector<PrintedShare> kShares = {
    // Stated 8.80/91.20, forced to add up to 100.00.
    {"RD-000-1", "000:585-589", 332.14, 3776.78, "8.80", "8.79"},
    {"RD-000-1", "000:585-589", 3444.64, 3776.78, "91.20", "91.21"},
    {"RD-000-2", "000:603-609", 330.76, 3775.39, "8.76", "8.76"},
    {"RD-000-2", "000:603-609", 3444.64, 3775.39, "91.24", "91.24"},
    // 下降 52%: 7.01 of the prior 6.59 + 7.01, printed without decimals.
    {"RD-000-3", "000:717-719", 7.01, 13.60, "52", "52"},
    {"RD-004-1", "004:1563-1578", 33.95, 34.83, "97.47", "97.47"},
    {"RD-004-1", "004:1563-1578", 0.53, 34.83, "1.52", "1.52"},
    {"RD-004-1", "004:1563-1578", 0.35, 34.83, "1.01", "1.00"},  // forced to add up to 100.00
    // 增长 288.29%: 634.02 over the prior 853.95 − 634.02; the printed inputs are rounded.
    {"RD-004-2", "004:1069-1071", 634.02, 219.93, "288.29", "288.28"},
    {"RD-004-3", "004:1487-1491", 12.63, 35.57, "35.51", "35.51"},
    {"RD-004-3", "004:1487-1491", 9.38, 35.57, "26.37", "26.37"},
    {"RD-004-3", "004:1487-1491", 13.56, 35.57, "38.12", "38.12"},
    // Year-on-year decreases: decrease / (current + decrease).
    {"RD-004-4", "004:1470-1478", 5.24, 40.81, "12.84", "12.84"},
    {"RD-004-4", "004:1470-1478", 4.03, 13.41, "30.05", "30.05"},
    {"RD-004-4", "004:1470-1478", 1.2, 14.76, "8.13", "8.13"},
    // The functional shares of RD-004-5 print no numerators; only the total's share can be checked.
    {"RD-004-5", "004:1207-1209", 41692.74, 42275.28, "98.62", "98.62"},
};

/// A printed total and the printed parts it adds up (sum_checks, and the sums inside
/// indicator_cases, coverage_facts and department_overall). The JSON gives sum checks no id: they
/// are named by source and first line. A difference is written as a negative part.
struct PrintedSum {
  const char* id;
  double total;
  std::vector<double> parts;
};

inline std::ostream& operator<<(std::ostream& os, const PrintedSum& s) {
  return os << s.id << " = " << s.total;
}

inline const std::vector<PrintedSum> kSums = {
    {"sum 000:805", 680, {80, 600}},
    {"sum 000:899 (2595)", 2595, {2420, 175}},
    {"sum 000:899 (2420)", 2420, {2340, 80}},
    {"sum 000:899 (175)", 175, {62, 113}},
    {"sum 000:917 (680 + 2595)", 3275, {680, 2595}},
    {"sum 000:917 (parts)", 3275, {80, 80, 62, 113, 2940}},
    {"sum 000:927 (planned donations)", 2940, {720, 700, 670, 400, 300, 100, 50}},
    {"sum 000:939 (final donations)", 2940, {720, 800, 670, 400, 300, 50}},
    {"sum 000:951", 3100, {80, 80, 2940}},
    {"sum 000:953 (元)", 800000.00, {689212.09, 110787.91}},
    {"sum 000:957", 80, {38.75, 41.25}},
    {"sum 000:973 (崇礼)", 720, {600, 120}},
    {"sum 000:973 (reallocated)", 600, {54, 5, 120, 15, 406}},
    {"sum 000:997 (化德)", 800, {500, 100, 50, 50, 100}},
    {"sum 000:1019 (阿尔山)", 670, {300, 160, 100, 100, 10}},
    {"sum 000:1035 (元)", 1600000, {235462, 85008, 484515, 226974, 568041}},
    {"sum 000:1059 (郧阳)", 300, {100, 200}},
    {"sum 000:1219 (IC-000-4)", 3619, {251, 1450, 11, 297, 1610}},
    {"sum 000:539 (项目支出)", 3444.64, {2340, 400, 8.85, 3.27, 11.79, 668.92, 11.81}},
    {"sum 000:585 (本年支出)", 3776.78, {332.14, 3444.64}},
    {"sum 004:1878 (IC-004-6)", 1250, {800, 250, 200}},
    {"sum 004:1809 (CV-004-3)", 37730.65, {37679.66, 50.99}},
    {"sum 004:1984", 41743.73, {41692.74, 50.99}},
    {"sum 004:1141 (increase)", 12172.62, {41692.74, -29520.12}},
    {"sum 004:2450", 477, {272, 205}},
    {"sum 004:988 (三公 决算)", 35.57, {12.63, 9.38, 13.56}},
    {"sum 004:988 (三公 预算)", 70.22, {12.63, 9.38, 48.21}},
    {"sum 004:1563 (会议费)", 34.83, {33.95, 0.53, 0.35}},
    {"sum 004:1563 (广州博览会)", 33.95, {9.05, 4.47, 20.43}},
    // department_overall: the 8 task amounts printed (task_amounts_sum_wan).
    {"department_overall tasks", 37354.41, {75, 1352, 160, 3.24, 25207.67, 2300, 328.5, 7928}},
    // SC-002-1: the four dimension scores of Beijing 2020's 部门评价.
    {"SC-002-1", 89.10, {8.32, 18.92, 37.52, 24.34}},
};

/// A declared self-evaluation score, the grade the document gives it (or none), and the grade
/// jixiao gives it under the central bands and under bands a template may state.
struct DeclaredScore {
  const char* id;
  const char* lines;
  double score;
  const char* declared;  // "" when the document prints no grade
  const char* central;   // jixiao under 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差
  const char* stated;  // jixiao under 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 不合格 (aliases 优良中差)
};

inline std::ostream& operator<<(std::ostream& os, const DeclaredScore& d) {
  return os << d.id << " (" << d.lines << ") " << d.score << " " << d.declared;
}

inline const std::vector<DeclaredScore> kDeclared = {
    {"SC-000-1", "000:771-775", 95, "", "优", "优秀"},
    {"SC-004-1", "004:1825-1831", 98, "", "优", "优秀"},
    // Xicheng: 良好 for 78.56, which the central bands call 中 (a template states its bands).
    {"SC-001-1", "001:145", 78.56, "良好", "中", "良好"},
    {"SC-002-1", "002:158-194", 89.10, "良", "良", "良好"},
    {"SC-002-1", "002:158", 89.10, "良好", "良", "良好"},  // the text's wording (alias)
    {"SC-002-2", "002:158", 95, "优秀", "优", "优秀"},     // 35 self-evaluations scored 95–100
    {"SC-002-2", "002:158", 100, "优秀", "优", "优秀"},
};

/// A template of one M1 indicator worth 10 points (total 10), compiled once.
inline const Scorecard& BudgetOnlyCard() {
  static const std::unique_ptr<Scorecard> card = [] {
    LoadResult loaded = LoadTemplateFromString(R"(id: m1
version: "1"
total: 10
indicators:
  - {id: budget, name: 预算执行率, points: 10, method: 预算执行率}
)",
                                               "m1.yaml");
    BOOST_TEST_REQUIRE(loaded.value.has_value());
    CompileResult compiled = CompileScorecard(std::move(*loaded.value));
    BOOST_TEST_REQUIRE(compiled.value != nullptr);
    return std::move(compiled.value);
  }();
  return *card;
}

/// A project with these budget figures scored by BudgetOnlyCard: jixiao's own rate and M1 row.
inline ScoreTree ScoreRate(double initial, double budget, double executed, const char* unit) {
  Project p;
  p.name = "项目";
  p.budget.initial = initial;
  p.budget.full_year = budget;
  p.budget.executed = executed;
  p.budget.unit = unit;
  EvaluateResult result = Evaluate(BudgetOnlyCard(), p);
  BOOST_TEST_REQUIRE(result.tree.has_value());
  return std::move(*result.tree);
}

inline ScoreTree ScoreRate(const PublishedRate& r) {
  return ScoreRate(r.initial, r.budget, r.executed, r.unit);
}

}  // namespace jixiao::seeds

#endif  // JIXIAO_TESTS_ENGINE_OTHER_SEEDS_H_
