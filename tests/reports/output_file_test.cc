#include "reports/output_file.h"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "tests/reports/temp_dir.h"
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

BOOST_AUTO_TEST_SUITE(output_file)

BOOST_AUTO_TEST_CASE(writes_a_new_file_and_leaves_no_temporary_file) {
  TempDir dir;
  std::string error;
  BOOST_TEST(WriteOutputAtomically((dir.path / "report.csv").string(), "总分,97.99\r\n", error));
  BOOST_TEST(error.empty());
  BOOST_TEST(ReadFile(dir.path / "report.csv") == "总分,97.99\r\n");
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"report.csv"},
             boost::test_tools::per_element());
  BOOST_TEST(((fs::status(dir.path / "report.csv").permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
               fs::perms::others_read)));
}

BOOST_AUTO_TEST_CASE(replaces_an_existing_file_and_keeps_its_mode) {
  TempDir dir;
  fs::path target = dir.path / "report.txt";
  WriteFile(target, "old");
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  std::string error;
  BOOST_TEST(WriteOutputAtomically(target.string(), "new", error));
  BOOST_TEST(ReadFile(target) == "new");
  BOOST_TEST(((fs::status(target).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write)));
  BOOST_TEST(dir.Entries().size() == 1u);
}

BOOST_AUTO_TEST_CASE(fails_when_the_directory_is_missing) {
  TempDir dir;
  std::string error;
  BOOST_TEST(!WriteOutputAtomically((dir.path / "missing" / "report.txt").string(), "x", error));
  BOOST_TEST(error.find("无法创建临时文件，目录「") != std::string::npos);
  BOOST_TEST(error.find("No such file or directory") != std::string::npos);
  BOOST_TEST(dir.Entries().empty());
}

BOOST_AUTO_TEST_CASE(fails_when_the_parent_is_a_file) {
  TempDir dir;
  WriteFile(dir.path / "file", "keep");
  std::string error;
  BOOST_TEST(!WriteOutputAtomically((dir.path / "file" / "report.txt").string(), "x", error));
  BOOST_TEST(!error.empty());
  BOOST_TEST(ReadFile(dir.path / "file") == "keep");
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"file"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(removes_the_temporary_file_when_the_rename_fails) {
  TempDir dir;
  fs::create_directory(dir.path / "report.txt");
  WriteFile(dir.path / "report.txt" / "inside", "keep");
  std::string error;
  BOOST_TEST(!WriteOutputAtomically((dir.path / "report.txt").string(), "x", error));
  BOOST_TEST(error.find("无法替换「") != std::string::npos);
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"report.txt"},
             boost::test_tools::per_element());
  BOOST_TEST(ReadFile(dir.path / "report.txt" / "inside") == "keep");
}

// RLIMIT_FSIZE makes write() fail with EFBIG part-way through, as a full disk
// would.
BOOST_AUTO_TEST_CASE(keeps_the_old_file_intact_when_writing_fails) {
  TempDir dir;
  fs::path target = dir.path / "report.json";
  WriteFile(target, "[]\n");
  std::string content(64 * 1024, 'x');

  struct rlimit saved;
  BOOST_REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
  auto* previous = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 1024;
  BOOST_REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string error;
  bool ok = WriteOutputAtomically(target.string(), content, error);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous);

  BOOST_TEST(!ok);
  BOOST_TEST(error.find("无法写入「") != std::string::npos);
  BOOST_TEST(error.find("File too large") != std::string::npos);
  BOOST_TEST(ReadFile(target) == "[]\n");
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"report.json"},
             boost::test_tools::per_element());
}

// A child process that dies of SIGXFSZ part-way through the write (the default action, as with
// `ulimit -f`) leaves neither the report nor the temporary file.
BOOST_AUTO_TEST_CASE(a_fatal_signal_during_the_write_removes_the_temporary_file) {
  TempDir dir;
  fs::path target = dir.path / "report.csv";
  std::string content(64 * 1024, 'x');
  std::fflush(nullptr);
  pid_t child = ::fork();
  BOOST_REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_DFL);
    struct rlimit small = {1024, 1024};
    ::setrlimit(RLIMIT_FSIZE, &small);
    std::string error;
    WriteOutputAtomically(target.string(), content, error);
    ::_exit(0);
  }
  int status = 0;
  BOOST_REQUIRE(::waitpid(child, &status, 0) == child);
  BOOST_TEST(WIFSIGNALED(status));
  BOOST_TEST(WTERMSIG(status) == SIGXFSZ);
  BOOST_TEST(dir.Entries().empty(), fs::path(dir.path).string());
}

// Ctrl-C at any moment of a series of writes: afterwards there is no temporary file, and the
// report is either absent or complete.
BOOST_AUTO_TEST_CASE(ctrl_c_during_writes_leaves_no_partial_or_temporary_file) {
  TempDir dir;
  fs::path target = dir.path / "report.md";
  const std::string content(4 << 20, 'x');
  std::fflush(nullptr);
  pid_t child = ::fork();
  BOOST_REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGINT, SIG_DFL);
    std::string error;
    for (;;) WriteOutputAtomically(target.string(), content, error);
  }
  ::usleep(300'000);
  ::kill(child, SIGINT);
  int status = 0;
  BOOST_REQUIRE(::waitpid(child, &status, 0) == child);
  BOOST_TEST(WIFSIGNALED(status));
  BOOST_TEST(WTERMSIG(status) == SIGINT);
  for (const std::string& name : dir.Entries()) BOOST_TEST(name == "report.md");
  if (fs::exists(target)) BOOST_TEST(fs::file_size(target) == content.size());
}

BOOST_AUTO_TEST_CASE(dash_writes_to_standard_output) {
  TempDir dir;
  fs::path captured = dir.path / "stdout";
  std::fflush(stdout);
  int saved = ::dup(STDOUT_FILENO);
  std::FILE* file = std::fopen(captured.c_str(), "w");
  BOOST_REQUIRE(file != nullptr);
  ::dup2(::fileno(file), STDOUT_FILENO);
  std::string error;
  bool ok = WriteOutputAtomically("-", "到标准输出\n", error);
  ::dup2(saved, STDOUT_FILENO);
  ::close(saved);
  std::fclose(file);
  BOOST_TEST(ok);
  BOOST_TEST(ReadFile(captured) == "到标准输出\n");
}

BOOST_AUTO_TEST_CASE(a_file_written_by_name_is_renamed_into_place_when_complete) {
  TempDir dir;
  fs::path target = dir.path / "book.xlsx";
  WriteFile(target, "old");
  std::string error;
  bool ok = WriteFileAtomically(
      target.string(),
      [&](const std::string& temp, std::string&) {
        BOOST_TEST(fs::path(temp).parent_path() == dir.path);
        BOOST_TEST(ReadFile(target) == "old");  // not yet replaced
        WriteFile(temp, "new");
        return true;
      },
      error);
  BOOST_TEST(ok, error);
  BOOST_TEST(ReadFile(target) == "new");
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"book.xlsx"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_failed_write_by_name_leaves_the_old_file_and_no_temporary_file) {
  TempDir dir;
  fs::path target = dir.path / "book.xlsx";
  WriteFile(target, "old");
  std::string error;
  bool ok = WriteFileAtomically(
      target.string(),
      [&](const std::string& temp, std::string& err) {
        WriteFile(temp, "half");
        err = "写到一半失败";
        return false;
      },
      error);
  BOOST_TEST(!ok);
  BOOST_TEST(error == "写到一半失败");
  BOOST_TEST(ReadFile(target) == "old");
  BOOST_TEST(dir.Entries() == std::vector<std::string>{"book.xlsx"},
             boost::test_tools::per_element());
  BOOST_TEST(!WriteFileAtomically(
      "-", [](const std::string&, std::string&) { return true; }, error));
  BOOST_TEST(error == "「-」不是文件名");
}

BOOST_AUTO_TEST_CASE(file_names_from_project_names_are_safe) {
  BOOST_TEST(FileNameFor("社区养老服务驿站运营补贴") == "社区养老服务驿站运营补贴");
  BOOST_TEST(FileNameFor("../a/b\\c:d*e?f\"g<h>i|j") == "_a_b_c_d_e_f_g_h_i_j");
  BOOST_TEST(FileNameFor(" .隐藏\t项目\n") == "隐藏_项目_");
  BOOST_TEST(FileNameFor("..") == "项目");
  BOOST_TEST(FileNameFor("") == "项目");
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "长";  // 3 bytes each
  BOOST_TEST(FileNameFor(long_name) == long_name.substr(0, 99));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace jixiao
