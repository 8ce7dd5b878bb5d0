#include "reports/render.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {
namespace {

struct FormatEntry {
  std::string_view name;
  ReportFormat format;
  std::string (*render)(const std::vector<ScoreTree>&);
};

constexpr FormatEntry kFormats[] = {
    {"table", ReportFormat::kText, RenderTextTable},
    {"text", ReportFormat::kText, RenderTextTable},
    {"markdown", ReportFormat::kMarkdown, RenderMarkdown},
    {"md", ReportFormat::kMarkdown, RenderMarkdown},
    {"csv", ReportFormat::kCsv, RenderCsv},
    {"json", ReportFormat::kJson, RenderJson},
    {"html", ReportFormat::kHtml, RenderHtml},
    {"pdf", ReportFormat::kPdf, RenderHtml},
};

}  // namespace

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  for (const FormatEntry& entry : kFormats)
    if (entry.name == name) return entry.format;
  return std::nullopt;
}

std::string RenderReport(ReportFormat format, const std::vector<ScoreTree>& trees) {
  for (const FormatEntry& entry : kFormats)
    if (entry.format == format) return entry.render(trees);
  return RenderTextTable(trees);
}

}  // namespace jixiao
