// The shell every HTML report is printed in: one self-contained UTF-8 document (no scripts, no
// network fetches: a Content-Security-Policy forbids both), A4 print CSS, a CJK font stack, and
// the one HTML escaper. Renderers write the body with the classes below and add CSS of their own.
#ifndef JIXIAO_REPORTS_HTML_PAGE_H_
#define JIXIAO_REPORTS_HTML_PAGE_H_

#include <string>
#include <string_view>

namespace jixiao {

/// A document to print: `title` (plain text, escaped here), `css` appended after the shell's
/// own style sheet, and `body`, already HTML.
///
/// Classes the shell styles, for the body:
///   section.sheet  one printed page or more: a sheet of A4 paper on screen; each sheet after
///                  the first starts a new printed page
///   h1, p.stamp    a sheet's title and the small line under it
///   table.grid     a ruled table filling the sheet's width (fixed layout; widths from <col>);
///                  th shaded; td.num right-aligned with tabular figures; td.text wraps anywhere
///   tr.sum         a bold summary row (总分, 等级)
///   ol.notes, ul.notes  the 注： list under a table
///   .mark          a footnote mark after a value
struct HtmlDocument {
  std::string title;
  std::string css;
  std::string body;
};

/// The whole document: doctype, <meta charset>, the CSP, <title>, the shell's CSS and `css`,
/// and `body` inside <body>.
std::string RenderHtmlDocument(const HtmlDocument& document);

/// RenderHtmlDocument in parts, for a body written as it is made: everything before the body
/// (`document.body` is not read), then the body, then kHtmlDocumentEnd.
std::string HtmlDocumentStart(const HtmlDocument& document);
inline constexpr std::string_view kHtmlDocumentEnd = "</body>\n</html>\n";

/// Appends `text` escaped for HTML text and attribute values: & < > " ' as entities, "\r\n"
/// and "\r" as "\n", other control characters and invalid UTF-8 as U+FFFD.
void AppendEscapedHtml(std::string_view text, std::string& out);

/// `text` escaped (see AppendEscapedHtml).
std::string EscapeHtml(std::string_view text);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_HTML_PAGE_H_
