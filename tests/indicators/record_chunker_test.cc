#include "indicators/record_chunker.h"

#include <cstdio>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include <unistd.h>

namespace jixiao {
namespace {

// A pipe holding `text` (small enough for the pipe buffer), read end returned.
int PipeWith(const std::string& text) {
  int fds[2];
  BOOST_REQUIRE(::pipe(fds) == 0);
  BOOST_REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(fds[1]);
  return fds[0];
}

std::vector<std::string> Chunks(const std::string& text, size_t chunk_bytes,
                                RecordChunker::Quoting quoting = RecordChunker::Quoting::kCsv) {
  int fd = PipeWith(text);
  RecordChunker chunker(fd, quoting, chunk_bytes);
  std::vector<std::string> out;
  std::string error;
  for (std::string_view chunk = chunker.Next(error); !chunk.empty(); chunk = chunker.Next(error))
    out.emplace_back(chunk);
  ::close(fd);
  BOOST_TEST(error.empty());
  return out;
}

const std::string kQuoted =
    "项目名称,指标,备注\n"
    "甲,a,\"第一行\n第二行\"\n"
    "甲,b,\"逗号, 和 \"\"引号\"\"\"\n"
    "乙,a,x\n"
    "乙,b,\"末尾\n\"";  // no final line end

BOOST_AUTO_TEST_SUITE(record_chunker)

BOOST_AUTO_TEST_CASE(chunks_end_at_record_ends_outside_quotes_whatever_the_buffer_size) {
  for (size_t size : {size_t{1}, size_t{2}, size_t{7}, size_t{16}, size_t{4096}}) {
    BOOST_TEST_CONTEXT("chunk_bytes = " << size) {
      std::vector<std::string> chunks = Chunks(kQuoted, size);
      std::string joined;
      for (const std::string& c : chunks) joined += c;
      BOOST_TEST(joined == kQuoted);
      // Every chunk but the last ends with a record's line feed, so quotes balance in each.
      for (size_t i = 0; i < chunks.size(); ++i) {
        size_t quotes = 0;
        for (char ch : chunks[i]) quotes += ch == '"';
        BOOST_TEST(quotes % 2 == 0u);
        if (i + 1 < chunks.size()) BOOST_TEST(chunks[i].back() == '\n');
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(without_quoting_every_line_feed_ends_a_record) {
  std::vector<std::string> chunks =
      Chunks("{\"a\": \"\\\"\"}\n{}\n", 1, RecordChunker::Quoting::kNone);
  BOOST_TEST(chunks == (std::vector<std::string>{"{\"a\": \"\\\"\"}\n", "{}\n"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_empty_input_gives_no_chunk) { BOOST_TEST(Chunks("", 8).empty()); }

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
