// The pieces of GitHub-flavoured Markdown every Markdown report is made of: escaped text, a
// table of FormCells, a list of "label：value" fields. One escaper for all of them.
#ifndef JIXIAO_REPORTS_MARKDOWN_TEXT_H_
#define JIXIAO_REPORTS_MARKDOWN_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "reports/form_rows.h"

namespace jixiao {

/// Escapes inline Markdown and table syntax; line breaks become <br>, other control
/// characters spaces.
std::string EscapeMarkdown(std::string_view s);

/// EscapeMarkdown for text that starts a block (a list item): a leading list marker ("-",
/// "+", "1." or "1)" before a space) is escaped too, so that it does not start a nested list.
std::string EscapeMarkdownBlock(std::string_view s);

/// A table: a header row of the columns' titles, numeric columns right-aligned, continuation
/// cells blank (Markdown cannot merge cells). Ends with a line break. The same as
/// MarkdownTableHead and AppendMarkdownRow for each row, for tables made a row at a time.
std::string MarkdownTable(const std::vector<FormColumn>& columns,
                          const std::vector<const CellRow*>& rows);
std::string MarkdownTableHead(const std::vector<FormColumn>& columns);
void AppendMarkdownRow(const CellRow& row, std::string& out);

/// "- label：value" lines.
void AppendMarkdownFields(const std::vector<FormField>& fields, std::string& out);

}  // namespace jixiao

#endif  // JIXIAO_REPORTS_MARKDOWN_TEXT_H_
