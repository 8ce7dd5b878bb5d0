#include "indicators/project_blocks.h"

#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "indicators/project_csv.h"
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

// What batch scoring reads from `text`: its blocks, and each block's projects in order.
struct Streamed {
  std::vector<std::string> blocks;
  std::vector<Project> projects;
  std::vector<Diagnostic> diagnostics;
};

Streamed Stream(const std::string& text, size_t block_bytes, const std::string& header = "") {
  Streamed out;
  int fd = PipeWith(text);
  ProjectBlockReader reader(fd, block_bytes);
  ProjectCsvFile file{"p.csv", {}, {}};
  std::string error;
  if (reader.ReadHeader(header, file, out.diagnostics, error)) {
    ProjectNames finished;
    int line = reader.first_line();
    std::string block;
    while (reader.Next(block, error)) {
      out.blocks.push_back(block);
      ProjectCsvBlock projects(file, block, line, finished, out.diagnostics);
      Project p;
      while (projects.Next(p)) out.projects.push_back(std::move(p));
      line = projects.line();
      if (!projects.Finish()) break;
    }
  }
  ::close(fd);
  BOOST_TEST(error.empty());
  return out;
}

const std::string kTable =
    "\xEF\xBB\xBF"
    "项目名称,指标,目标值,实际完成值,偏差原因\r\n"
    "甲,a,10,8,\"第一行\n第二行\"\r\n"
    "甲,b,≥90%,95%,\r\n"
    "\r\n"
    "甲,c,1,1,\r\n"
    "\"乙\",a,5,5,\r\n"
    " 乙 ,b,12月底前完成,11月20日完成,\r\n"
    "丙,a,1,2,\"逗号, 和 \"\"引号\"\"\"\r\n"
    "丁,a,3,4,";  // no final line end

BOOST_AUTO_TEST_SUITE(project_blocks)

// Whatever the block size, blocks end where projects end, and the projects read block by block
// are those of the whole table, with the same locations.
BOOST_AUTO_TEST_CASE(blocks_hold_whole_projects_read_as_the_whole_table_reads_them) {
  std::vector<Diagnostic> whole_diagnostics;
  std::vector<Project> whole = LoadProjectsFromCsv(kTable, "p.csv", whole_diagnostics);
  BOOST_REQUIRE(whole.size() == 4u);
  for (size_t size : {size_t{1}, size_t{2}, size_t{7}, size_t{16}, size_t{64}, size_t{4096}}) {
    BOOST_TEST_CONTEXT("block_bytes = " << size) {
      Streamed s = Stream(kTable, size);
      BOOST_TEST(s.diagnostics.empty());
      BOOST_REQUIRE(s.projects.size() == whole.size());
      for (size_t p = 0; p < whole.size(); ++p) {
        BOOST_TEST(s.projects[p].name == whole[p].name);
        BOOST_TEST(s.projects[p].where.line == whole[p].where.line);
        BOOST_REQUIRE(s.projects[p].entries.size() == whole[p].entries.size());
        for (size_t e = 0; e < whole[p].entries.size(); ++e) {
          const IndicatorEntry& a = s.projects[p].entries[e];
          const IndicatorEntry& b = whole[p].entries[e];
          BOOST_TEST(a.ref == b.ref);
          BOOST_TEST(a.actual.raw == b.actual.raw);
          BOOST_TEST(a.note == b.note);
          BOOST_TEST(a.where.line == b.where.line);
          BOOST_TEST(a.where.column == b.where.column);
        }
      }
      std::string joined;
      for (const std::string& block : s.blocks) joined += block;
      BOOST_TEST(joined == kTable.substr(kTable.find("甲,a")));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_project_that_comes_back_is_an_error_at_its_row) {
  for (size_t size : {size_t{1}, size_t{4096}}) {
    Streamed s = Stream("项目名称,指标,实际完成值\n甲,a,1\n乙,a,1\n甲,b,1\n", size);
    BOOST_REQUIRE(s.diagnostics.size() == 1u);
    BOOST_TEST(s.diagnostics[0].where.line == 4);
    BOOST_TEST(s.diagnostics[0].message == "第 4 行的项目「甲」在前面已经出现过，中间隔着其他项目");
  }
}

BOOST_AUTO_TEST_CASE(a_given_header_is_line_one_and_the_input_starts_on_line_two) {
  Streamed s = Stream("甲,a,1\n乙,a,1\n", 4096, "项目名称,指标,实际完成值");
  BOOST_TEST(s.diagnostics.empty());
  BOOST_REQUIRE(s.projects.size() == 2u);
  BOOST_TEST(s.projects[1].where.line == 3);
}

BOOST_AUTO_TEST_CASE(an_input_without_rows_is_an_empty_table) {
  Streamed s = Stream("\n \n", 4096);
  BOOST_REQUIRE(s.diagnostics.size() == 1u);
  BOOST_TEST(s.diagnostics[0].message == "项目数据表是空的");
}

// Whatever the blocks: the lines before the one with the invalid byte are read, then the error.
BOOST_AUTO_TEST_CASE(invalid_utf8_ends_the_input_at_its_line) {
  for (size_t size : {size_t{1}, size_t{7}, size_t{4096}}) {
    Streamed s = Stream("项目名称,指标,实际完成值\n甲,a,1\n甲,b,1\n乙,a,\xB2\xE2\n丙,a,1\n", size);
    BOOST_REQUIRE(s.diagnostics.size() == 1u);
    BOOST_TEST(s.diagnostics[0].where.line == 4);
    BOOST_TEST(s.diagnostics[0].where.column == 5);
    BOOST_TEST(s.diagnostics[0].message == "文件不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8");
    BOOST_REQUIRE(s.projects.size() == 1u);
    BOOST_TEST(s.projects[0].entries.size() == 2u);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
