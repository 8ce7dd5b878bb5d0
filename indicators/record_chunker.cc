#include "indicators/record_chunker.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace jixiao {

RecordChunker::RecordChunker(int fd, Quoting quoting, size_t chunk_bytes)
    : fd_(fd), csv_quotes_(quoting == Quoting::kCsv), chunk_bytes_(chunk_bytes) {}

bool RecordChunker::Fill(std::string& error) {
  if (eof_) return false;
  buffer_.erase(0, begin_);
  begin_ = 0;
  size_t used = buffer_.size();
  buffer_.resize(used + chunk_bytes_);
  while (true) {
    ssize_t got = read(fd_, buffer_.data() + used, chunk_bytes_);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      error = std::strerror(errno);
      buffer_.resize(used);
      return false;
    }
    buffer_.resize(used + static_cast<size_t>(got));
    if (got == 0) eof_ = true;
    return got > 0;
  }
}

std::string_view RecordChunker::Next(std::string& error) {
  while (true) {
    // The last record end outside quotes in the bytes read so far.
    size_t cut = std::string::npos;
    for (size_t i = begin_ + scanned_; i < buffer_.size(); ++i) {
      char c = buffer_[i];
      if (c == '"' && csv_quotes_) {
        in_quotes_ = !in_quotes_;
      } else if (c == '\n' && !in_quotes_) {
        cut = i + 1;
      }
    }
    scanned_ = buffer_.size() - begin_;
    if (cut != std::string::npos) {
      // Parity is re-derived from the cut on: rescan the tail next time.
      std::string_view chunk(buffer_.data() + begin_, cut - begin_);
      size_t tail_quotes = 0;
      for (size_t i = cut; i < buffer_.size(); ++i) tail_quotes += buffer_[i] == '"';
      in_quotes_ = csv_quotes_ && tail_quotes % 2 == 1;
      scanned_ = buffer_.size() - cut;
      begin_ = cut;
      return chunk;
    }
    if (!Fill(error)) {
      if (!error.empty() || begin_ >= buffer_.size()) return {};
      // The last record has no line end.
      std::string_view chunk(buffer_.data() + begin_, buffer_.size() - begin_);
      begin_ = buffer_.size();
      scanned_ = 0;
      return chunk;
    }
  }
}

}  // namespace jixiao
