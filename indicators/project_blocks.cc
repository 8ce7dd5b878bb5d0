#include "indicators/project_blocks.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "indicators/csv.h"
#include "indicators/utf8.h"
#include <sys/stat.h>
#include <unistd.h>

namespace jixiao {
namespace {

bool IsBlank(const std::vector<CsvField>& row) {
  return std::all_of(row.begin(), row.end(),
                     [](const CsvField& f) { return Trim(f.text).empty(); });
}

// The end of the record that starts at `from` (just past its line feed), or npos when it has
// none yet: the first line feed outside quotes.
size_t RecordEnd(std::string_view text, size_t from) {
  bool in_quotes = false;
  for (size_t i = from; i < text.size(); ++i) {
    if (text[i] == '"') in_quotes = !in_quotes;
    if (text[i] == '\n' && !in_quotes) return i + 1;
  }
  return std::string_view::npos;
}

// The start of the line that ends just before `end` (0 or just past a line feed).
size_t LineStart(std::string_view text, size_t end) {
  if (end == 0) return 0;
  const void* lf = memrchr(text.data(), '\n', end - 1);
  return lf == nullptr ? 0 : static_cast<size_t>(static_cast<const char*>(lf) - text.data()) + 1;
}

}  // namespace

ProjectBlockReader::ProjectBlockReader(int fd, size_t block_bytes)
    : fd_(fd), block_bytes_(block_bytes) {
  struct stat st;
  pipe_ = !(::fstat(fd, &st) == 0 && S_ISREG(st.st_mode));
}

bool ProjectBlockReader::Fill(std::string& error) {
  if (eof_) return false;
  if (buffer_.size() < block_bytes_) buffer_.resize(block_bytes_);
  if (size_ == buffer_.size()) buffer_.resize(2 * buffer_.size());
  while (true) {
    ssize_t got = ::read(fd_, buffer_.data() + size_, buffer_.size() - size_);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      error = std::strerror(errno);
      return false;
    }
    if (got == 0) {
      eof_ = true;
      return false;
    }
    size_ += static_cast<size_t>(got);
    return true;
  }
}

bool ProjectBlockReader::ReadHeader(const std::string& given, ProjectCsvFile& file,
                                    std::vector<Diagnostic>& diagnostics, std::string& error) {
  layout_ = &file.layout;
  if (!given.empty()) {
    // The given line comes first, as if the input began with it.
    buffer_ = given + "\n";
    size_ = buffer_.size();
  }
  size_t end = 0;  // the records before `end` are blank
  while (true) {
    const std::string_view text(buffer_.data(), size_);
    size_t next = RecordEnd(text, end);
    if (next == std::string_view::npos) {
      if (!eof_) {
        if (!Fill(error) && !error.empty()) return false;
        continue;
      }
      if (end == size_) {
        AddError(diagnostics, SourceLocation{file.name, 0, 0}, "项目数据表是空的",
                 "第一行写列名（至少要有「项目名称」），之后每行写一个项目的一个指标");
        return false;
      }
      next = size_;
    }
    CsvReader reader(text.substr(0, next), file.name);
    std::vector<Diagnostic> found;
    if (!reader.CheckEncoding(found)) {
      diagnostics.insert(diagnostics.end(), found.begin(), found.end());
      return false;
    }
    bool header = false;
    while (!header && reader.Next(row_, found)) header = !IsBlank(row_);
    end = next;
    if (!header) continue;
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    first_line_ = reader.line();
    buffer_.erase(0, next);
    size_ -= next;
    return ReadProjectCsvFileHeader(row_, file, diagnostics);
  }
}

std::string ProjectBlockReader::NameOf(std::string_view records, bool last) {
  CsvReader reader{std::string_view(), std::string()};
  reader.Continue(records);
  std::string name;
  while (reader.Next(row_, ignored_)) {
    name = std::string(ProjectNameOf(*layout_, row_));
    if (!last) break;
  }
  ignored_.clear();
  return name;
}

size_t ProjectBlockReader::LastProjectStart() {
  const std::string_view text(buffer_.data(), size_);
  // Record ends: every line feed when the text has no quote, else those outside quotes.
  std::vector<size_t> ends;
  const bool quotes = std::memchr(text.data(), '"', text.size()) != nullptr;
  if (quotes)
    for (size_t at = 0; (at = RecordEnd(text, at)) != std::string_view::npos;) ends.push_back(at);
  // The start of the record that ends at `end`.
  auto start_of = [&](size_t end) -> size_t {
    if (!quotes) return LineStart(text, end);
    auto it = std::lower_bound(ends.begin(), ends.end(), end);
    return it == ends.begin() ? 0 : *(it - 1);
  };
  size_t end;
  if (quotes) {
    if (ends.empty()) return 0;
    end = ends.back();
  } else {
    const void* lf = memrchr(text.data(), '\n', text.size());
    if (lf == nullptr) return 0;
    end = static_cast<size_t>(static_cast<const char*>(lf) - text.data()) + 1;
  }
  // Walks back over pairs of complete records: the one from `start` and the one before it.
  size_t start = start_of(end);
  std::string after = NameOf(text.substr(start, end - start), /*last=*/false);
  while (start > 0) {
    const size_t before_start = start_of(start);
    const std::string_view before_text = text.substr(before_start, start - before_start);
    const std::string before = NameOf(before_text, /*last=*/true);
    if (!before.empty() && !after.empty() && before != after) return start;
    after = NameOf(before_text, /*last=*/false);
    start = before_start;
  }
  return 0;
}

bool ProjectBlockReader::Next(std::string& block, std::string& error) {
  while (true) {
    if (size_ > 0 || eof_) {
      if (size_ == 0) return false;
      const size_t cut = eof_ ? size_ : pipe_ || size_ >= block_bytes_ ? LastProjectStart() : 0;
      if (cut > 0) {
        const size_t tail = size_ - cut;
        block.swap(buffer_);
        buffer_.resize(std::max(block_bytes_, 2 * tail));
        std::memcpy(buffer_.data(), block.data() + cut, tail);
        block.resize(cut);
        size_ = tail;
        return true;
      }
    }
    if (!Fill(error) && !error.empty()) return false;
  }
}

}  // namespace jixiao
