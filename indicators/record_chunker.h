// Reads a CSV file or pipe in pieces that end at a record boundary, so that a file of any size
// is read with a bounded buffer.
#ifndef JIXIAO_INDICATORS_RECORD_CHUNKER_H_
#define JIXIAO_INDICATORS_RECORD_CHUNKER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao {

/// Splits the bytes of a file descriptor into chunks of whole CSV records. A chunk ends just
/// after a line feed that is outside quotes (an even number of '"' before it: RFC 4180's ""
/// keeps the parity), so no record and no quoted line break is cut. A record longer than the
/// buffer grows it; a file whose lines end in a bare CR is therefore read whole.
class RecordChunker {
 public:
  enum class Quoting {
    kCsv,   // a line feed inside "…" does not end a record
    kNone,  // every line feed ends a record (JSON Lines: strings cannot hold a raw line feed)
  };

  /// REQUIRES: `fd` is open for reading; the chunker does not close it.
  explicit RecordChunker(int fd, Quoting quoting = Quoting::kCsv,
                         size_t chunk_bytes = size_t{1} << 18);

  /// The next chunk, valid until the following call; empty at the end. On a read error,
  /// `error` is set and the result is empty.
  std::string_view Next(std::string& error);

 private:
  // Reads more bytes after the kept tail; false at end of input or on error.
  bool Fill(std::string& error);

  int fd_;
  bool csv_quotes_;
  size_t chunk_bytes_;
  std::string buffer_;
  size_t begin_ = 0;    // start of the bytes not yet returned
  size_t scanned_ = 0;  // bytes from begin_ whose quote parity is known
  bool in_quotes_ = false;
  bool eof_ = false;
};

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_RECORD_CHUNKER_H_
