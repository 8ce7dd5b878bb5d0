// The department summary as GitHub-flavoured Markdown: what the HTML page shows, with the
// charts' figures in their tables.
#include <string>
#include <string_view>
#include <vector>

#include "reports/labels.h"
#include "reports/markdown_text.h"
#include "reports/summary_labels.h"
#include "reports/summary_report.h"

namespace jixiao {
namespace {

std::string Heading(int level, std::string_view text) {
  return std::string(static_cast<size_t>(level), '#') + " " + EscapeMarkdown(text) + "\n\n";
}

void AppendSection(const SummarySection& section, SummaryWriter& w) {
  std::string& out = w.text();
  out += "\n" + Heading(2, section.heading);
  if (!section.HasRows()) {
    out += EscapeMarkdownBlock(section.empty_text) + "\n";
  } else {
    out += MarkdownTableHead(section.columns);
    section.ForEachRow([&](const CellRow& row) {
      AppendMarkdownRow(row, out);
      w.Flush();
    });
  }
  if (!section.notes.empty()) {
    out += "\n";
    for (const std::string& note : section.notes) out += "- " + EscapeMarkdownBlock(note) + "\n";
  }
}

}  // namespace

std::string RenderSummaryMarkdown(const SummaryDocument& doc) {
  return CollectSummaryText(WriteSummaryMarkdown, doc);
}

bool WriteSummaryMarkdown(const SummaryDocument& doc, SummaryWriter& w) {
  std::string& out = w.text();
  out += Heading(1, doc.title);
  if (!doc.stamp.empty()) out += "- " + EscapeMarkdownBlock(doc.stamp) + "\n\n";
  out += Heading(2, kSummaryProse);
  out += EscapeMarkdownBlock(doc.overall_prose) + "\n\n";
  if (doc.HasProjectProse()) {
    out += Heading(3, kSummaryProjectProse);
    doc.ForEachProjectProse([&](const FormField& p) {
      out += "- " + EscapeMarkdownBlock(p.value) + "\n";
      w.Flush();
    });
    out += "\n";
  }
  out += Heading(2, kSummaryFacts);
  AppendMarkdownFields(doc.facts, out);
  for (const SummarySection& section : doc.sections) AppendSection(section, w);
  return w.Finish();
}

}  // namespace jixiao
