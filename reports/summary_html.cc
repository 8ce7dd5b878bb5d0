// The department summary as an HTML page to read or print (A4): the 自评综述 prose, the key
// figures, and each section's chart (inline SVG) above its table.
#include <string>
#include <string_view>
#include <vector>

#include "reports/html_page.h"
#include "reports/html_table.h"
#include "reports/labels.h"
#include "reports/summary_labels.h"
#include "reports/summary_report.h"
#include "reports/svg_chart.h"

namespace jixiao {
namespace {

constexpr std::string_view kSummaryCss = R"css(h2 {
  margin: 5mm 0 2mm; padding-bottom: 0.5mm; border-bottom: 0.75pt solid #000; font-size: 12pt;
  break-after: avoid;
}
h3 { margin: 3mm 0 1.5mm; font-size: 10.5pt; break-after: avoid; }
p.prose { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
ol.prose { margin: 0; padding-left: 7mm; text-align: justify; }
ol.prose li { margin-bottom: 1mm; }
figure.chart { margin: 0 0 2mm; break-inside: avoid; }
figure.chart svg { display: block; margin: 0 auto; }
p.empty { margin: 0; color: #444; }
table.distribution, table.grades { width: 60%; }
table.summary td:not(.num), table.facts td { text-align: left; }
table.deductions { font-size: 8pt; }
)css";

void AppendText(std::string_view tag, std::string_view css_class, std::string_view text,
                std::string& out) {
  out += "<" + std::string(tag);
  if (!css_class.empty()) out += " class=\"" + std::string(css_class) + "\"";
  out += ">";
  AppendEscapedHtml(text, out);
  out += "</" + std::string(tag) + ">\n";
}

void AppendSection(const SummarySection& section, SummaryWriter& w) {
  std::string& out = w.text();
  out += "<h2 id=\"" + section.id + "\">";
  AppendEscapedHtml(section.heading, out);
  out += "</h2>\n";
  if (section.chart)
    out += "<figure class=\"chart\">\n" + RenderBarChartSvg(*section.chart) + "</figure>\n";
  if (!section.HasRows()) {
    AppendText("p", "empty", section.empty_text, out);
  } else {
    AppendHtmlTableStart("summary " + section.id, section.columns, out);
    section.ForEachRow([&](const CellRow& row) {
      AppendHtmlTableRow(section.columns, row, false, out);
      w.Flush();
    });
    AppendHtmlTableEnd(out);
  }
  if (section.notes.empty()) return;
  out += "<ul class=\"notes\">\n";
  for (const std::string& note : section.notes) AppendText("li", "", note, out);
  out += "</ul>\n";
}

}  // namespace

std::string RenderSummaryHtml(const SummaryDocument& doc) {
  return CollectSummaryText(WriteSummaryHtml, doc);
}

bool WriteSummaryHtml(const SummaryDocument& doc, SummaryWriter& w) {
  std::string& body = w.text();
  body += HtmlDocumentStart({doc.title, std::string(kSummaryCss), {}});
  body += "<section class=\"sheet summary\">\n";
  AppendText("h1", "", doc.title, body);
  if (!doc.stamp.empty()) AppendText("p", "stamp", doc.stamp, body);
  AppendText("h2", "", kSummaryProse, body);
  AppendText("p", "prose", doc.overall_prose, body);
  if (doc.HasProjectProse()) {
    AppendText("h3", "", kSummaryProjectProse, body);
    body += "<ol class=\"prose\">\n";
    doc.ForEachProjectProse([&](const FormField& p) {
      AppendText("li", "", p.value, body);
      w.Flush();
    });
    body += "</ol>\n";
  }
  AppendText("h2", "", kSummaryFacts, body);
  AppendHtmlFields("facts", doc.facts, true, body);
  for (const SummarySection& section : doc.sections) AppendSection(section, w);
  body += "</section>\n";
  body += kHtmlDocumentEnd;
  return w.Finish();
}

}  // namespace jixiao
