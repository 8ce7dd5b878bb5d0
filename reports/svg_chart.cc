#include "reports/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "indicators/utf8.h"
#include "reports/html_page.h"

namespace jixiao {
namespace {

constexpr double kWidth = kChartWidth;
constexpr double kMargin = 16;
constexpr double kTitleBand = 32;  // the title's line above the plot
constexpr double kColumnPx = 6.5;  // one display column of 12 px text (a CJK character is two)
constexpr double kFontSize = 12;
constexpr double kTitleFontSize = 14;
constexpr std::string_view kFontFamily =
    "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif";
constexpr std::string_view kBarColour = "#4472c4";
constexpr std::string_view kInkColour = "#222";
constexpr std::string_view kEllipsis = "…";
constexpr std::string_view kNoData = "无数据";

// Vertical charts.
constexpr double kVerticalHeight = 240;
constexpr double kValueBand = 18;  // room above the tallest bar for its value
constexpr double kLabelBand = 28;  // room under the baseline for the labels
constexpr double kBarFill = 0.6;   // share of a bar's slot the bar takes

// Horizontal charts.
constexpr double kRowHeight = 24;
constexpr double kBarThickness = 14;
constexpr double kMaxLabelShare = 0.4;  // of the width, for the labels before the bars

std::string Px(double x) { return fmt::format("{:.1f}", x); }

double TextWidth(std::string_view s) { return DisplayWidth(s) * kColumnPx; }

// `s` cut with "…" to fit `width` pixels.
std::string Fit(std::string_view s, double width) {
  if (TextWidth(s) <= width) return std::string(s);
  int columns = static_cast<int>(width / kColumnPx) - DisplayWidth(kEllipsis);
  if (columns <= 0) return std::string(kEllipsis);
  return TruncateToWidth(s, columns) + std::string(kEllipsis);
}

double Drawable(double value) { return std::isfinite(value) && value > 0 ? value : 0; }

double Largest(const BarChart& chart) {
  double largest = 0;
  for (const ChartBar& bar : chart.bars) largest = std::max(largest, Drawable(bar.value));
  return largest;
}

std::string Text(double x, double y, std::string_view anchor, std::string_view text) {
  return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>", Px(x), Px(y), anchor,
                     EscapeHtml(text));
}

std::string Rect(double x, double y, double w, double h) {
  return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", Px(x),
                     Px(y), Px(w), Px(h), kBarColour);
}

std::string Tooltip(const ChartBar& bar) {
  return "<title>" + EscapeHtml(bar.label) + "：" + EscapeHtml(bar.value_text) + "</title>";
}

std::string Open(const BarChart& chart, double height) {
  return fmt::format(
             "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
             "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\" font-family=\"{3}\" "
             "font-size=\"{4}\" fill=\"{5}\" style=\"max-width:100%;height:auto\">",
             kWidth, Px(height), EscapeHtml(chart.title), kFontFamily, kFontSize, kInkColour) +
         "\n<title>" + EscapeHtml(chart.title) + "</title>\n" +
         fmt::format("<text x=\"{}\" y=\"20\" font-size=\"{}\" font-weight=\"bold\">{}</text>\n",
                     Px(kMargin), kTitleFontSize, EscapeHtml(chart.title));
}

std::string NoData(double height) {
  return Text(kWidth / 2, (kTitleBand + height) / 2, "middle", kNoData) + "\n";
}

std::string Vertical(const BarChart& chart) {
  std::string out = Open(chart, kVerticalHeight);
  if (chart.bars.empty()) return out + NoData(kVerticalHeight) + "</svg>\n";
  double plot_height = kVerticalHeight - kTitleBand - kValueBand - kLabelBand;
  double baseline = kTitleBand + kValueBand + plot_height;
  double slot = (kWidth - 2 * kMargin) / static_cast<double>(chart.bars.size());
  double largest = Largest(chart);
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const ChartBar& bar = chart.bars[i];
    double height = largest > 0 ? Drawable(bar.value) / largest * plot_height : 0;
    double centre = kMargin + slot * (static_cast<double>(i) + 0.5);
    out += "<g>" + Tooltip(bar);
    if (height > 0)
      out += Rect(centre - slot * kBarFill / 2, baseline - height, slot * kBarFill, height);
    out += Text(centre, baseline - height - 4, "middle", Fit(bar.value_text, slot));
    out += Text(centre, baseline + 16, "middle", Fit(bar.label, slot - 4)) + "</g>\n";
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", Px(kMargin),
                     Px(baseline), Px(kWidth - kMargin), Px(baseline), kInkColour) +
         "\n";
  return out + "</svg>\n";
}

std::string Horizontal(const BarChart& chart) {
  double rows = static_cast<double>(std::max<size_t>(chart.bars.size(), 1));
  double height = kTitleBand + rows * kRowHeight + kMargin / 2;
  std::string out = Open(chart, height);
  if (chart.bars.empty()) return out + NoData(height) + "</svg>\n";
  double label_width = 0;
  double value_width = 0;
  for (const ChartBar& bar : chart.bars) {
    label_width = std::max(label_width, TextWidth(bar.label));
    value_width = std::max(value_width, TextWidth(bar.value_text));
  }
  label_width = std::min(label_width, kWidth * kMaxLabelShare);
  double bar_x = kMargin + label_width + 8;
  double bar_room = std::max(0.0, kWidth - kMargin - value_width - 6 - bar_x);
  double largest = Largest(chart);
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const ChartBar& bar = chart.bars[i];
    double top = kTitleBand + static_cast<double>(i) * kRowHeight;
    double middle = top + kRowHeight / 2 + kFontSize / 3;
    double length = largest > 0 ? Drawable(bar.value) / largest * bar_room : 0;
    out += "<g>" + Tooltip(bar) + Text(bar_x - 8, middle, "end", Fit(bar.label, label_width));
    if (length > 0)
      out += Rect(bar_x, top + (kRowHeight - kBarThickness) / 2, length, kBarThickness);
    out += Text(bar_x + length + 4, middle, "start", bar.value_text) + "</g>\n";
  }
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\"/>",
                     Px(bar_x), Px(kTitleBand), Px(kTitleBand + rows * kRowHeight), kInkColour) +
         "\n";
  return out + "</svg>\n";
}

}  // namespace

std::string RenderBarChartSvg(const BarChart& chart) {
  return chart.horizontal ? Horizontal(chart) : Vertical(chart);
}

}  // namespace jixiao
