// PDF output: an HTML report printed by headless Chromium. The only place jixiao runs a browser.
#ifndef JIXIAO_REPORTS_PDF_H_
#define JIXIAO_REPORTS_PDF_H_

#include <string>
#include <string_view>

#include "reports/render.h"

namespace jixiao {

/// Prints the HTML document `html` (reports/html_page.h: A4, no external resources) to a PDF at
/// `path`. The browser is $JIXIAO_CHROMIUM when set, else the first of chromium,
/// chromium-browser, google-chrome, google-chrome-stable on PATH; it runs headless with a fresh
/// profile in a temporary directory, without network services, and is killed after
/// $JIXIAO_PDF_TIMEOUT seconds (default 60). SIGINT, SIGTERM, SIGHUP or SIGQUIT while it runs
/// (those not ignored) kill it and remove the temporary directory, then end the process with the
/// signal: the caller never sees them. The PDF is then written with WriteOutputAtomically
/// (reports/output_file.h): on any failure nothing is written at `path`, and `error` says what
/// failed and what to do (in Chinese).
/// REQUIRES: `path` is a file name, not "-" (standard output); no other PrintHtmlToPdf runs at
/// the same time (the signal handling is the process's).
bool PrintHtmlToPdf(std::string_view html, const std::string& path, std::string& error);

/// Writes a report rendered by RenderReport or RenderAudit in `format` to `path`: kPdf is
/// printed from its HTML with PrintHtmlToPdf, the other formats are written as they are with
/// WriteOutputAtomically. REQUIRES: `path` is not "-" for kPdf.
bool WriteReport(ReportFormat format, const std::string& path, std::string_view content,
                 std::string& error);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_PDF_H_
