// Bar charts as inline SVG, for the HTML reports: a histogram of totals, grade counts, points
// lost per 一级指标. Self-contained markup (no script, no external fonts or styles) that a
// browser draws and an XML parser reads; every text is escaped by EscapeHtml (html_page.h).
#ifndef JIXIAO_REPORTS_SVG_CHART_H_
#define JIXIAO_REPORTS_SVG_CHART_H_

#include <string>
#include <vector>

namespace jixiao {

struct ChartBar {
  std::string label;       // under the bar (vertical) or before it (horizontal)
  double value = 0;        // the bar's length; negative or non-finite values draw none
  std::string value_text;  // printed at the bar's end, as labels.h wrote it
};

struct BarChart {
  std::string title;  // drawn above the bars; also the SVG's accessible name
  std::vector<ChartBar> bars;
  bool horizontal = false;  // horizontal bars leave room for long labels (indicator names)
};

/// Width of every chart in CSS pixels: it fits an A4 page's text width (about 680 px at
/// 96 dpi with 18 mm margins), and the SVG scales down in anything narrower.
inline constexpr int kChartWidth = 640;

/// The chart as one <svg> element. Labels too long for their room are cut with "…" (the
/// whole label stays in the bar's tooltip); a chart without bars says 无数据.
std::string RenderBarChartSvg(const BarChart& chart);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_SVG_CHART_H_
