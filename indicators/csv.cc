#include "indicators/csv.h"

#include <utility>

#include "indicators/utf8.h"

namespace jixiao {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }

// The line and column of byte `offset`, counting CRLF, LF and CR as line ends; byte `begin`
// starts line `line`.
SourceLocation Locate(std::string_view text, size_t begin, int line, size_t offset,
                      const std::string& file) {
  size_t line_start = begin;
  for (size_t i = begin; i < offset; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  int column = CodePointsBefore(text.substr(line_start), offset - line_start) + 1;
  return SourceLocation{file, line, column};
}

}  // namespace

CsvReader::CsvReader(std::string_view text, std::string file)
    : text_(text), file_(std::move(file)) {
  if (text_.starts_with(kBom)) pos_ = kBom.size();
}

void CsvReader::Continue(std::string_view text) {
  text_ = text;
  pos_ = 0;
  column_ = 1;
  checked_encoding_ = false;
}

void CsvReader::Advance(char c) {
  ++pos_;
  if (c == '\n' || (c == '\r' && (pos_ >= text_.size() || text_[pos_] != '\n'))) {
    ++line_;
    column_ = 1;
  } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    ++column_;
  }
}

bool CsvReader::CheckEncoding(std::vector<Diagnostic>& diagnostics) {
  if (checked_encoding_) return true;
  checked_encoding_ = true;
  size_t bad = FindInvalidUtf8(text_.substr(pos_));
  if (bad == std::string_view::npos) return true;
  AddError(diagnostics, Locate(text_, pos_, line_, pos_ + bad, file_),
           "文件不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8",
           "Excel：另存为 →「CSV "
           "UTF-8（逗号分隔）」；WPS：另存为时把编码选为 UTF-8");
  pos_ = text_.size();
  return false;
}

void CsvReader::Seek(size_t pos, int line) {
  pos_ = pos;
  line_ = line;
  column_ = 1;
}

bool CsvReader::Next(std::vector<CsvField>& row, std::vector<Diagnostic>& diagnostics) {
  CheckEncoding(diagnostics);
  if (pos_ >= text_.size()) return false;
  size_t count = 0;
  while (true) {
    if (row.size() <= count) row.emplace_back();
    CsvField& field = row[count++];
    field.text.clear();
    field.line = line_;
    field.column = column_;
    if (text_[pos_] == '"') {
      ReadQuoted(field, diagnostics);
    } else {
      ReadUnquoted(field, diagnostics);
    }
    if (pos_ >= text_.size()) break;
    char c = text_[pos_];
    Advance(c);
    if (c == ',') {
      if (pos_ < text_.size()) continue;
      if (row.size() <= count) row.emplace_back();
      row[count].text.clear();
      row[count].line = line_;
      row[count].column = column_;
      ++count;
      break;
    }
    if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') Advance('\n');
    break;
  }
  row.resize(count);
  return true;
}

void CsvReader::ReadUnquoted(CsvField& field, std::vector<Diagnostic>& diagnostics) {
  bool reported = false;
  while (true) {
    // The run up to the next delimiter, line end or quote, in one pass.
    size_t end = pos_;
    int characters = 0;
    while (end < text_.size()) {
      char c = text_[end];
      if (c == ',' || c == '"' || IsLineEnd(c)) break;
      characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      ++end;
    }
    field.text.append(text_.substr(pos_, end - pos_));
    column_ += characters;
    pos_ = end;
    if (pos_ >= text_.size() || text_[pos_] != '"') return;
    if (!reported) {
      reported = true;
      AddError(diagnostics, Here(), "未加引号的字段中间出现了引号",
               "把整个字段用英文双引号括起来，并把其中的每个引号写成两个，例如 "
               "\"他说\"\"好\"\"\"");
    }
    field.text.push_back('"');
    Advance('"');
  }
}

void CsvReader::ReadQuoted(CsvField& field, std::vector<Diagnostic>& diagnostics) {
  const SourceLocation opening = Here();
  Advance('"');
  while (true) {
    if (pos_ >= text_.size()) {
      AddError(diagnostics, opening, "引号没有闭合：从这里开始的引号字段一直到文件结尾",
               "检查这个字段的引号是否成对；字段内的引号要写成两个（\"\"）");
      return;
    }
    char c = text_[pos_];
    if (c == '"') {
      Advance(c);
      if (pos_ < text_.size() && text_[pos_] == '"') {
        field.text.push_back('"');
        Advance('"');
        continue;
      }
      break;
    }
    if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
      Advance(c);  // a CRLF inside a field is kept as LF
      continue;
    }
    field.text.push_back(c);
    Advance(c);
  }
  if (pos_ < text_.size() && text_[pos_] != ',' && !IsLineEnd(text_[pos_])) {
    AddError(diagnostics, Here(), "引号字段的结束引号后面还有字符",
             "字段内的引号要写成两个（\"\"）；或者这里少了一个逗号");
    ReadUnquoted(field, diagnostics);
  }
}

bool ReadCsv(std::string_view text, const std::string& file, CsvTable& out,
             std::vector<Diagnostic>& diagnostics) {
  const size_t errors_before = diagnostics.size();
  CsvReader reader(text, file);
  std::vector<CsvField> row;
  while (reader.Next(row, diagnostics)) out.rows.push_back(row);
  for (size_t i = errors_before; i < diagnostics.size(); ++i)
    if (diagnostics[i].severity == Severity::kError) return false;
  return true;
}

}  // namespace jixiao
