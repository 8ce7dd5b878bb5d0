// Bar charts: golden files (which tests/reports/check_svg.py also parses as XML), and the
// structure a browser relies on: one bar per positive value, escaped text, cut labels, no NaN.
#include "reports/svg_chart.h"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include <boost/test/unit_test.hpp>

#include "tests/reports/golden.h"

namespace jixiao {
namespace {

using testing::CheckGolden;

size_t Count(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Every element opened is closed, in order (self-closing ones aside): enough of XML's
// well-formedness to catch a renderer bug here; check_svg.py runs a real parser.
bool TagsBalance(std::string_view svg) {
  std::vector<std::string> open;
  for (size_t at = svg.find('<'); at != std::string_view::npos; at = svg.find('<', at + 1)) {
    size_t end = svg.find('>', at);
    if (end == std::string_view::npos) return false;
    std::string_view tag = svg.substr(at + 1, end - at - 1);
    if (tag.ends_with('/')) continue;
    std::string_view name = tag.substr(0, tag.find(' '));
    if (name.starts_with('/')) {
      if (open.empty() || open.back() != name.substr(1)) return false;
      open.pop_back();
    } else {
      open.emplace_back(name);
    }
  }
  return open.empty();
}

BarChart Histogram() {
  BarChart chart;
  chart.title = "得分分布（项目数）";
  for (const char* label : {"<60", "60–70", "70–80", "80–90", "90–100"})
    chart.bars.push_back({label, 0, ""});
  chart.bars[0].value = 1;
  chart.bars[3].value = 2;
  chart.bars[4].value = 13;
  for (ChartBar& bar : chart.bars) bar.value_text = std::to_string(static_cast<int>(bar.value));
  return chart;
}

BarChart PointsLost() {
  BarChart chart;
  chart.title = "各一级指标失分（分）";
  chart.horizontal = true;
  chart.bars = {
      {"预算执行率", 0.01, "0.01"},
      {"产出指标", 2, "2.00"},
      {"效益指标 & <社会> \"效益\" 'x'", 13, "13.00"},
      {"满意度指标", 0, "0.00"},
      {"一个非常非常非常非常非常非常非常非常非常非常非常非常非常长的一级指标名称", 5, "5.00"}};
  return chart;
}

BOOST_AUTO_TEST_SUITE(svg_chart)

BOOST_AUTO_TEST_CASE(charts_match_their_golden_files) {
  CheckGolden("chart_histogram.svg", RenderBarChartSvg(Histogram()));
  CheckGolden("chart_points_lost.svg", RenderBarChartSvg(PointsLost()));
  CheckGolden("chart_empty.svg", RenderBarChartSvg(BarChart{"无项目", {}, false}));
}

BOOST_AUTO_TEST_CASE(one_bar_per_positive_value) {
  std::string svg = RenderBarChartSvg(Histogram());
  BOOST_TEST(Count(svg, "<rect ") == 3u);
  BOOST_TEST(Count(svg, "<g>") == 5u);
  BOOST_TEST(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\""));
  BOOST_TEST(TagsBalance(svg));
  BOOST_TEST(Count(RenderBarChartSvg(PointsLost()), "<rect ") == 4u);  // 满意度指标 lost nothing
}

BOOST_AUTO_TEST_CASE(text_is_escaped) {
  std::string svg = RenderBarChartSvg(PointsLost());
  BOOST_TEST(TagsBalance(svg));
  BOOST_TEST(svg.find("效益指标 &amp; &lt;社会&gt; &quot;效益&quot; &#39;x&#39;") !=
             std::string::npos);
  BOOST_TEST(svg.find("<社会>") == std::string::npos);
  BOOST_TEST(RenderBarChartSvg(Histogram()).find("&lt;60") != std::string::npos);
  BarChart control{
      "a\x01"
      "b",
      {{"c\nd", 1, "1"}},
      false};
  std::string cleaned = RenderBarChartSvg(control);
  BOOST_TEST(cleaned.find('\x01') == std::string::npos);
  BOOST_TEST(cleaned.find("a\xEF\xBF\xBD"
                          "b") != std::string::npos);  // U+FFFD
}

BOOST_AUTO_TEST_CASE(long_labels_are_cut_and_kept_whole_in_the_tooltip) {
  std::string svg = RenderBarChartSvg(PointsLost());
  const std::string full =
      "一个非常非常非常非常非常非常非常非常非常非常非常非常非常长的一级指标名称";
  BOOST_TEST(Count(svg, full) == 1u);  // in the <title> only
  BOOST_TEST(svg.find("…</text>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(non_finite_and_negative_values_draw_no_bar_and_no_nan) {
  BarChart chart{"x",
                 {{"a", std::numeric_limits<double>::quiet_NaN(), "—"},
                  {"b", -3, "-3"},
                  {"c", std::numeric_limits<double>::infinity(), "—"}},
                 false};
  for (bool horizontal : {false, true}) {
    chart.horizontal = horizontal;
    std::string svg = RenderBarChartSvg(chart);
    BOOST_TEST(Count(svg, "<rect ") == 0u);
    BOOST_TEST(svg.find("nan") == std::string::npos);
    BOOST_TEST(svg.find("inf") == std::string::npos);
    BOOST_TEST(TagsBalance(svg));
  }
}

BOOST_AUTO_TEST_CASE(a_chart_without_bars_says_so) {
  for (bool horizontal : {false, true}) {
    std::string svg = RenderBarChartSvg(BarChart{"空", {}, horizontal});
    BOOST_TEST(svg.find(">无数据</text>") != std::string::npos);
    BOOST_TEST(TagsBalance(svg));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
