#include "reports/html_page.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "indicators/utf8.h"

namespace jixiao {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Nothing is fetched and nothing runs: styles are inline, images (none yet) data: URLs.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

// A4 with 12 mm × 10 mm margins leaves 190 mm of width: the sheet's width on screen too, so
// that the screen shows what the printer gets. Fonts: the CJK faces of Linux, Windows and macOS,
// then the generic family.
constexpr std::string_view kShellCss = R"css(@page { size: A4; margin: 12mm 10mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #e6e6e6; color: #000;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
    "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif;
  font-size: 10pt; line-height: 1.35;
}
section.sheet {
  box-sizing: content-box; width: 190mm; margin: 8mm auto; padding: 12mm 10mm;
  background: #fff; box-shadow: 0 0 2mm rgba(0, 0, 0, 0.25);
}
h1 { margin: 0 0 2mm; font-size: 16pt; text-align: center; letter-spacing: 0.1em; }
p.stamp { margin: 0 0 3mm; font-size: 8pt; color: #444; text-align: center; }
table.grid {
  width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0;
  font-size: 9pt;
}
table.grid + table.grid tr:first-child > * { border-top: none; }
table.grid th, table.grid td {
  border: 0.75pt solid #000; padding: 1mm 1.2mm; vertical-align: middle;
  overflow-wrap: anywhere; white-space: pre-line;
}
table.grid th { background: #f0f0f0; font-weight: bold; text-align: center; }
table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.sum td, tr.sum th { font-weight: bold; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.mark { font-size: 80%; vertical-align: super; line-height: 0; }
ol.notes, ul.notes { margin: 2mm 0 0; padding-left: 6mm; font-size: 8.5pt; }
p.notes-title { margin: 2mm 0 0; font-size: 8.5pt; font-weight: bold; }
@media print {
  body { background: none; }
  section.sheet { width: auto; margin: 0; padding: 0; box-shadow: none; }
  section.sheet + section.sheet { break-before: page; }
}
)css";

}  // namespace

void AppendEscapedHtml(std::string_view text, std::string& out) {
  while (!text.empty()) {
    size_t bad = FindInvalidUtf8(text);
    std::string_view valid = text.substr(0, bad);
    for (size_t i = 0; i < valid.size(); ++i) {
      char c = valid[i];
      unsigned char u = static_cast<unsigned char>(c);
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        case '\r':
          out.push_back('\n');
          if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
          break;
        default:
          if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7F)
            out += kReplacementCharacter;
          else
            out.push_back(c);
      }
    }
    if (bad == std::string_view::npos) break;
    out += kReplacementCharacter;
    text.remove_prefix(bad + 1);
  }
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  AppendEscapedHtml(text, out);
  return out;
}

std::string RenderHtmlDocument(const HtmlDocument& document) {
  std::string out = HtmlDocumentStart(document);
  out += document.body;
  out += kHtmlDocumentEnd;
  return out;
}

std::string HtmlDocumentStart(const HtmlDocument& document) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += kContentSecurityPolicy;
  out += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  AppendEscapedHtml(document.title, out);
  out += "</title>\n<style>\n";
  out += kShellCss;
  out += document.css;
  out += "</style>\n</head>\n<body>\n";
  return out;
}

}  // namespace jixiao
