// Differential tests of batch CSV scoring: the scorecard's plan (the fast path for plain rows)
// against the general path (every project read and evaluated in full), on edge cases and on
// randomised tables, with one or several workers and any block size; and both against scoring
// the whole table at once.
#include "engine/csv_batch.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "engine/score_plan.h"
#include "indicators/project_csv.h"
#include "indicators/template_loader.h"
#include "reports/trace_csv.h"
#include <unistd.h>

namespace jixiao {
namespace {

// The standard workload (bench/workload.yaml): flat, M2/M9/M10, no rounding.
const char* kWorkload = R"(id: workload
version: "1"
rounding: none
indicators:
  - {id: 数量指标1, name: 数量指标1, points: 10, method: 正向比例}
  - {id: 数量指标2, name: 数量指标2, points: 5, method: 达标全得}
  - {id: 数量指标3, name: 数量指标3, points: 5, method: {method: 比例带下限, floor: 0.5}}
  - {id: 质量指标1, name: 质量指标1, points: 5, method: 正向比例}
  - {id: 质量指标2, name: 质量指标2, points: 5, method: 达标全得}
  - {id: 质量指标3, name: 质量指标3, points: 70, method: {method: 比例带下限, floor: 0.5}}
)";

// Groups, rounding to cents, and every method with a plain rule, with parameters.
const char* kGroups = R"(id: groups
version: "1"
rounding: {mode: half_up, places: 2}
defaults:
  positive: 正向比例
  negative: {method: 反向, variant: R1}
indicators:
  - id: output
    name: 产出指标
    points: 60
    children:
      - {id: o1, name: 数量, aliases: [数量指标], points: 15, method: 正向比例}
      - {id: o2, name: 成本, points: 15, direction: 反向}
      - {id: o3, name: 等于, points: 15, method: {method: 等于, tolerance: 0.05}}
      - {id: o4, name: 超额, points: 15, method: {method: 正向比例, cap: 1.2}}
  - id: benefit
    name: 效益指标
    points: 40
    children:
      - {id: b1, name: 扣分, points: 10, method: {method: 每降1%扣1%, rate: 2}}
      - {id: b2, name: 达标, points: 10, method: 达标全得, comparator: "≤"}
      - {id: b3, name: 反向线性, points: 10, method: {method: 反向, variant: R2}}
      - {id: b4, name: 底线, points: 5, method: {method: 比例带下限, floor: 0.6}}
      - {id: b5, name: 默认, points: 5, method: 默认满分}
)";

// Methods without a plain rule (a formula, a step deduction, a judged score) and a name two
// groups share: the plan covers none of it, or no plan at all.
const char* kGeneral = R"(id: general
version: "1"
rounding: {mode: half_even, places: 1}
indicators:
  - id: g1
    name: 一组
    points: 50
    children:
      - {id: f1, name: 公式, points: 20, formula: "min(B/A, 1) * w"}
      - {id: s1, name: 数量, points: 30, method: {method: 反向, variant: R3, per: 2, step: 1}}
  - id: g2
    name: 二组
    points: 50
    children:
      - {id: e1, name: 等值, points: 25, method: {method: 达标全得, tolerance: 0.1}, comparator: "="}
      - {id: m1, name: 数量2, aliases: [数量], points: 25, method: 人工评分}
)";

const char* const kTemplates[] = {kWorkload, kGroups, kGeneral};

std::unique_ptr<Scorecard> Compile(const char* yaml) {
  LoadResult loaded = LoadTemplateFromString(yaml, "t.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  CompileResult compiled = CompileScorecard(std::move(*loaded.value));
  BOOST_TEST_REQUIRE(compiled.value != nullptr);
  return std::move(compiled.value);
}

// Two formats: a summary line with every total in full (17 significant digits), so that any
// difference shows, and the trace CSV (reports/trace_csv.h), every indicator's figures as written.
enum class Format { kSummary, kTrace };

// Lines with every total in full (17 significant digits), so that any difference shows.
void TreeLine(const ScoreTree& tree, std::string& out) {
  char total[64];
  std::snprintf(total, sizeof total, "%.17g", tree.total);
  out += tree.project.name + "," + total + "," + tree.grade +
         (tree.has_problems ? ",problems\n" : "\n");
}
void PartsLine(std::string_view name, double total, const RoundingRule&, std::string_view grade,
               std::string& out) {
  char text[64];
  std::snprintf(text, sizeof text, "%.17g", total);
  out += std::string(name) + "," + text + "," + std::string(grade) + "\n";
}

struct Scored {
  std::string text;
  std::vector<std::string> diagnostics;
  BatchStats stats;
  CsvTableResult result;
};

struct Setup {
  bool use_plan = true;
  size_t workers = 1;
  size_t block_bytes = size_t{1} << 20;
  bool pipe = false;
  std::string header;
  Format format = Format::kSummary;
};

BatchRender RenderFor(Format format) {
  if (format == Format::kTrace)
    return BatchRender{AppendTraceCsvLines, nullptr, EvaluateOptions{false}, &TraceCsvRenderer()};
  return BatchRender{TreeLine, PartsLine, EvaluateOptions{false}};
}

Scored Score(const char* yaml, const std::string& input, const Setup& setup) {
  std::vector<std::unique_ptr<Scorecard>> cards;
  CsvTableOptions options;
  for (size_t i = 0; i < (setup.workers == 1 ? 1 : setup.workers + 1); ++i) {
    cards.push_back(Compile(yaml));
    options.cards.push_back(cards.back().get());
  }
  options.render = RenderFor(setup.format);
  options.use_plan = setup.use_plan;
  options.block_bytes = setup.block_bytes;
  options.header = setup.header;
  Scored out;
  auto sink = [&](BatchOutput& batch) {
    out.text += batch.text;
    for (const Diagnostic& d : batch.diagnostics) out.diagnostics.push_back(FormatDiagnostic(d));
    out.stats.Add(batch.stats);
  };
  int fd = -1;
  std::thread writer;
  if (setup.pipe) {
    int fds[2];
    BOOST_REQUIRE(::pipe(fds) == 0);
    fd = fds[0];
    writer = std::thread([&input, w = fds[1]] {
      // In pieces, as a stage's input arrives.
      for (size_t at = 0; at < input.size(); at += 97)
        if (::write(w, input.data() + at, std::min<size_t>(97, input.size() - at)) < 0) break;
      ::close(w);
    });
  } else {
    std::FILE* file = std::tmpfile();
    BOOST_REQUIRE(file != nullptr);
    std::fwrite(input.data(), 1, input.size(), file);
    std::fflush(file);
    fd = ::dup(::fileno(file));
    std::fclose(file);
    BOOST_REQUIRE(::lseek(fd, 0, SEEK_SET) == 0);
  }
  out.result = ScoreCsvTable(fd, "d.csv", options, sink, [](size_t) {});
  if (writer.joinable()) writer.join();
  ::close(fd);
  return out;
}

void ExpectSame(const Scored& a, const Scored& b) {
  BOOST_TEST(a.text == b.text);
  BOOST_TEST(a.diagnostics == b.diagnostics, boost::test_tools::per_element());
  BOOST_TEST(a.stats.projects == b.stats.projects);
  BOOST_TEST(a.stats.with_problems == b.stats.with_problems);
  BOOST_TEST(a.stats.sum_totals == b.stats.sum_totals);  // exactly
  BOOST_TEST(a.stats.grade_counts == b.stats.grade_counts, boost::test_tools::per_element());
  BOOST_TEST(a.result.projects == b.result.projects);
  BOOST_TEST(a.result.read == b.result.read);
}

// The lines of the whole table read at once (LoadProjectsFromCsv) and each project evaluated
// (with its trace steps: trace lines do not depend on them): what a table without data errors
// must give.
std::string WholeTable(const char* yaml, const std::string& input, Format format) {
  std::unique_ptr<Scorecard> card = Compile(yaml);
  std::vector<Diagnostic> diagnostics;
  std::string out;
  for (const Project& p : LoadProjectsFromCsv(input, "d.csv", diagnostics)) {
    EvaluateResult r = Evaluate(*card, p, EvaluateOptions{format == Format::kTrace});
    if (r.tree) RenderFor(format).line(*r.tree, out);
  }
  return out;
}

// Scores `input` every way: general and planned, one worker and three, big and small blocks, a
// file and a pipe; all give the same. Returns the general run.
Scored CheckAllWays(const char* yaml, const std::string& input, const std::string& header = "",
                    Format format = Format::kSummary) {
  Setup general;
  general.use_plan = false;
  general.header = header;
  general.format = format;
  const Scored reference = Score(yaml, input, general);
  for (size_t workers : {size_t{1}, size_t{3}})
    for (size_t block_bytes : {size_t{1} << 20, size_t{150}})
      for (bool pipe : {false, true}) {
        Setup setup;
        setup.workers = workers;
        setup.block_bytes = block_bytes;
        setup.pipe = pipe;
        setup.header = header;
        setup.format = format;
        BOOST_TEST_CONTEXT("workers " << workers << ", blocks of " << block_bytes
                                      << (pipe ? ", pipe" : ", file")) {
          ExpectSame(Score(yaml, input, setup), reference);
        }
      }
  BOOST_TEST(reference.result.planned == 0u);
  if (reference.diagnostics.empty())
    BOOST_TEST(reference.text ==
               WholeTable(yaml, header.empty() ? input : header + "\n" + input, format));
  return reference;
}

// Both formats, every way.
void CheckBothFormats(const char* yaml, const std::string& input, const std::string& header = "") {
  CheckAllWays(yaml, input, header, Format::kSummary);
  BOOST_TEST_CONTEXT("trace-csv") { CheckAllWays(yaml, input, header, Format::kTrace); }
}

const std::string kPlainHeader = "项目名称,指标,目标值,实际完成值\n";

// Rows of the workload template for project `name`: (indicator, target, actual).
std::string WorkloadRows(const std::string& name, const std::vector<std::string>& values) {
  const char* ids[] = {"数量指标1", "数量指标2", "数量指标3",
                       "质量指标1", "质量指标2", "质量指标3"};
  std::string out;
  for (size_t i = 0; i < 6; ++i)
    out += name + "," + ids[i] + "," + values[2 * i] + "," + values[2 * i + 1] + "\n";
  return out;
}

const std::vector<std::string> kPlainValues = {"54", "49.56", "81", "90",  "86",  "40",
                                               "60", "61.82", "7",  "7.0", "100", "55"};

BOOST_AUTO_TEST_SUITE(csv_batch)

BOOST_AUTO_TEST_CASE(a_plan_covers_templates_whose_methods_all_have_plain_rules) {
  BOOST_TEST(ScorePlan::Build(*Compile(kWorkload)) != nullptr);
  BOOST_TEST(ScorePlan::Build(*Compile(kGroups)) != nullptr);
  BOOST_TEST(ScorePlan::Build(*Compile(kGeneral)) == nullptr);
}

BOOST_AUTO_TEST_CASE(plain_projects_take_the_plan_and_give_the_general_results) {
  std::string input = kPlainHeader;
  for (int p = 1; p <= 30; ++p) input += WorkloadRows("P" + std::to_string(p), kPlainValues);
  Setup planned;
  const Scored fast = Score(kWorkload, input, planned);
  BOOST_TEST(fast.result.planned == 30u);
  BOOST_TEST(fast.diagnostics.empty());
  Setup traced;
  traced.format = Format::kTrace;
  BOOST_TEST(Score(kWorkload, input, traced).result.planned == 30u);
  CheckBothFormats(kWorkload, input);
}

// Each case: one project among plain ones, written so that the plan must not take it, or must
// give exactly what the general path gives.
struct EdgeCase {
  const char* what;
  std::string rows;
};
std::ostream& operator<<(std::ostream& os, const EdgeCase& c) { return os << c.what; }

std::vector<std::string> With(size_t i, const std::string& value) {
  std::vector<std::string> v = kPlainValues;
  v[i] = value;
  return v;
}

const EdgeCase kEdgeCases[] = {
    {"a unit", WorkloadRows("X", With(1, "49.56万元"))},
    {"a comparator", WorkloadRows("X", With(0, "≥54"))},
    {"text", WorkloadRows("X", With(1, "合理"))},
    {"target 0 for M2", WorkloadRows("X", With(0, "0"))},
    {"target 0 for M10", WorkloadRows("X", With(4, "0"))},
    {"target 0.000 for M10", WorkloadRows("X", With(4, "0.000"))},
    {"a missing actual", WorkloadRows("X", With(3, ""))},
    {"a negative actual", WorkloadRows("X", With(3, "-5"))},
    {"full-width digits", WorkloadRows("X", With(3, "５４"))},
    {"thousands", WorkloadRows("X", With(3, "1,000"))},
    {"an exponent", WorkloadRows("X", With(3, "1e3"))},
    {"white space in a value", WorkloadRows("X", With(3, " 54 "))},
    {"sixteen digits", WorkloadRows("X", With(3, "1234567890123456"))},
    {"many decimals", WorkloadRows("X", With(3, "49.5600000000000000001"))},
    {"leading zeros", WorkloadRows("X", With(3, "0049.560"))},
    {"two points", WorkloadRows("X", With(3, "1.2.3"))},
    {"a missing indicator", "X,数量指标1,54,49.56\nX,数量指标2,81,90\n"},
    {"a duplicate indicator", WorkloadRows("X", kPlainValues) + "X,数量指标1,1,1\n"},
    {"an unknown indicator", WorkloadRows("X", kPlainValues) + "X,其他,1,1\n"},
    {"a quoted name", "\"X\",数量指标1,1,1\n" + WorkloadRows("X", kPlainValues)},
    {"a quoted name with a comma", WorkloadRows("\"X,Y\"", kPlainValues)},
    {"a name with spaces", WorkloadRows(" X ", kPlainValues)},
    {"a name with U+3000", WorkloadRows("X\xE3\x80\x80", kPlainValues)},
    {"an indicator with spaces", "X, 数量指标1 ,54,1\n" + WorkloadRows("X", kPlainValues)},
    {"a blank row inside", "X,数量指标1,54,1\n\n" + WorkloadRows("X", kPlainValues)},
    {"a row without a name", ",数量指标1,54,1\n" + WorkloadRows("X", kPlainValues)},
    {"a fifth field", "X,数量指标1,54,1,extra\n" + WorkloadRows("X", kPlainValues)},
    {"three fields", "X,数量指标1,54\n" + WorkloadRows("X", kPlainValues)},
    {"CRLF", "X,数量指标1,54,1\r\nX,数量指标2,1,1\r\n"},
    {"a bare CR", "X,数量指标1,54,1\rX,数量指标2,1,1\n"},
    {"a project that comes back", WorkloadRows("P1", kPlainValues)},
    {"invalid UTF-8", WorkloadRows("X\xB2\xE2", kPlainValues)},
    {"a quoted line break", "\"X\",数量指标1,54,\"1\n\"\n" + WorkloadRows("X", kPlainValues)},
};

BOOST_DATA_TEST_CASE(edge_cases_give_the_general_results, boost::unit_test::data::make(kEdgeCases),
                     c) {
  std::string input = kPlainHeader;
  for (int p = 1; p <= 4; ++p) input += WorkloadRows("P" + std::to_string(p), kPlainValues);
  input += c.rows;
  for (int p = 5; p <= 8; ++p) input += WorkloadRows("P" + std::to_string(p), kPlainValues);
  CheckBothFormats(kWorkload, input);
}

BOOST_AUTO_TEST_CASE(a_bom_crlf_and_a_given_header_give_the_general_results) {
  std::string rows;
  for (int p = 1; p <= 5; ++p) rows += WorkloadRows("P" + std::to_string(p), kPlainValues);
  CheckBothFormats(kWorkload, "\xEF\xBB\xBF" + kPlainHeader + rows);
  std::string crlf;
  for (char c : kPlainHeader + rows) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CheckBothFormats(kWorkload, crlf);
  CheckBothFormats(kWorkload, rows, "项目名称,指标,目标值,实际完成值");
  CheckBothFormats(kWorkload, "指标,实际完成值,项目名称,目标值\n" + rows);       // other columns
  CheckBothFormats(kWorkload, "项目名称,指标,目标值,实际完成值,备注\n" + rows);  // not plain
}

// Randomised tables: mostly plain rows, with every kind of irregularity sprinkled in.
std::string RandomTable(std::mt19937& rng, const std::vector<std::string>& keys) {
  auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
  auto pick = [&](const auto& options) { return options[rng() % std::size(options)]; };
  const char* const plain_values[] = {"0",  "1",   "54",   "49.56", "100", "81",  "66.60",
                                      "12", "7.5", "0.01", "200",   "99",  "1000"};
  const char* const odd_values[] = {"",    "-3",    "≥90%", "52万元", "合理", "1e3",
                                    " 5 ", "０.５", "1,5",  "0.0",    "1.",   "12月底前完成"};
  const char* const odd_keys[] = {"其他", "产出指标", "一组/数量", "数量", "", "o1 "};
  const int odd = static_cast<int>(rng() % 3);  // how often values are not plain, in percent
  std::string out = chance(10) ? "\xEF\xBB\xBF" : "";
  const bool crlf = chance(20);
  out += chance(90) ? "项目名称,指标,目标值,实际完成值" : "项目名称,指标,目标值,实际完成值,备注";
  const bool notes = out.ends_with("备注");
  out += crlf ? "\r\n" : "\n";
  const int projects = 1 + static_cast<int>(rng() % 25);
  for (int p = 0; p < projects; ++p) {
    std::string name = chance(5) ? "P" + std::to_string(rng() % static_cast<unsigned>(p + 1))
                                 : "P" + std::to_string(p);
    if (chance(3)) name = "\"" + name + "\"";
    if (chance(2)) name = " " + name;
    std::vector<std::string> order = keys;
    if (chance(10)) std::shuffle(order.begin(), order.end(), rng);
    if (chance(5)) order.pop_back();
    if (chance(5)) order.push_back(order.front());
    if (chance(5)) order.push_back(pick(odd_keys));
    for (const std::string& key : order) {
      std::string row = (chance(2) ? "" : name) + "," + key + "," +
                        (chance(odd) ? pick(odd_values) : pick(plain_values)) + "," +
                        (chance(odd) ? pick(odd_values) : pick(plain_values));
      if (notes) row += chance(50) ? "," : ",说明";
      if (chance(1)) row += ",多余";
      if (chance(1) && chance(20)) row += "\xB2";  // invalid UTF-8 ends the input
      out += row + (crlf ? "\r\n" : "\n");
      if (chance(1)) out += crlf ? "\r\n" : "\n";
    }
  }
  return out;
}

BOOST_AUTO_TEST_CASE(random_tables_give_the_general_results) {
  std::mt19937 rng(20240607);
  const std::vector<std::vector<std::string>> keys = {
      {"数量指标1", "数量指标2", "数量指标3", "质量指标1", "质量指标2", "质量指标3"},
      {"数量指标", "成本", "o3", "o4", "b1", "达标", "b3", "b4", "默认"},  // 数量指标: o1's alias
      {"f1", "s1", "等值", "m1"},
  };
  size_t planned = 0;
  size_t traced_planned = 0;
  size_t planned_per_template[std::size(kTemplates)] = {};
  for (int round = 0; round < 60; ++round) {
    const size_t t = static_cast<size_t>(round) % std::size(kTemplates);
    const std::string input = RandomTable(rng, keys[t]);
    BOOST_TEST_CONTEXT("round " << round << ":\n" << input) {
      CheckBothFormats(kTemplates[t], input);
      const size_t taken = Score(kTemplates[t], input, Setup{}).result.planned;
      planned += taken;
      planned_per_template[t] += taken;
      Setup traced;
      traced.format = Format::kTrace;
      traced_planned += Score(kTemplates[t], input, traced).result.planned;
    }
  }
  BOOST_TEST(planned > 100u);  // the plan was tried, and took most plain projects
  BOOST_TEST(traced_planned == planned);
  BOOST_TEST(planned_per_template[1] > 30u);  // groups, rounding and parameters took the plan too
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
