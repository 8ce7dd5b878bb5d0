#include "reports/pdf.h"

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "reports/output_file.h"
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace jixiao {
namespace {

namespace fs = std::filesystem;

constexpr int kDefaultTimeoutSeconds = 60;
constexpr int kMaxTimeoutSeconds = 3600;
constexpr const char* kBrowserNames[] = {"chromium", "chromium-browser", "google-chrome",
                                         "google-chrome-stable"};
constexpr std::string_view kInstallHint =
    "请安装 Chromium（Debian/Ubuntu：apt-get install chromium），或用环境变量 JIXIAO_CHROMIUM "
    "指明浏览器程序；也可以用 --format html 输出网页，在浏览器中打印";

// Signals that end an interactive run: Ctrl-C, kill, a closed terminal, Ctrl-\.
constexpr int kInterruptSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// The signal that interrupted printing, or 0. The handler only notes it (async-signal-safe);
// the loop waiting for the browser kills the browser, and the caller cleans up and re-raises.
volatile std::sig_atomic_t g_interrupt = 0;

extern "C" void NoteInterrupt(int signal) { g_interrupt = signal; }

// While alive, the signals above are noted instead of ending the process at once, so that the
// browser is killed and the scratch directory removed first. Ignored signals stay ignored.
class InterruptGuard {
 public:
  InterruptGuard() {
    g_interrupt = 0;
    for (size_t i = 0; i < std::size(kInterruptSignals); ++i) {
      struct sigaction action {};
      action.sa_handler = NoteInterrupt;
      action.sa_flags = SA_RESTART;
      sigemptyset(&action.sa_mask);
      ::sigaction(kInterruptSignals[i], nullptr, &previous_[i]);
      installed_[i] = previous_[i].sa_handler != SIG_IGN &&
                      ::sigaction(kInterruptSignals[i], &action, nullptr) == 0;
    }
  }
  ~InterruptGuard() { Release(); }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  /// Restores the previous dispositions; then a noted signal ends the process, raised again
  /// (exit status 128 + signal: 130 for Ctrl-C, 143 for kill), or with that exit status when a
  /// previous handler returns from it.
  void Release() {
    for (size_t i = 0; i < std::size(kInterruptSignals); ++i)
      if (installed_[i]) ::sigaction(kInterruptSignals[i], &previous_[i], nullptr);
    std::fill(std::begin(installed_), std::end(installed_), false);
    if (int signal = g_interrupt; signal != 0) {
      ::raise(signal);
      std::_Exit(128 + signal);
    }
  }

 private:
  struct sigaction previous_[std::size(kInterruptSignals)]{};
  bool installed_[std::size(kInterruptSignals)] = {};
};

bool IsExecutableFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// `name` itself when it holds a slash, else its first executable match on PATH.
std::optional<std::string> FindProgram(const std::string& name) {
  if (name.find('/') != std::string::npos)
    return IsExecutableFile(name) ? std::optional<std::string>(name) : std::nullopt;
  const char* path = std::getenv("PATH");
  std::string_view dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  while (true) {
    size_t colon = dirs.find(':');
    std::string dir(dirs.substr(0, colon));
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    if (IsExecutableFile(candidate)) return candidate;
    if (colon == std::string_view::npos) return std::nullopt;
    dirs.remove_prefix(colon + 1);
  }
}

std::optional<std::string> FindBrowser(std::string& error) {
  if (const char* chosen = std::getenv("JIXIAO_CHROMIUM"); chosen != nullptr && *chosen != '\0') {
    std::optional<std::string> found = FindProgram(chosen);
    if (!found)
      error = std::string("环境变量 JIXIAO_CHROMIUM 指明的「") + chosen +
              "」不是可执行的程序，无法生成 PDF；" + std::string(kInstallHint);
    return found;
  }
  for (const char* name : kBrowserNames)
    if (std::optional<std::string> found = FindProgram(name)) return found;
  error = "未找到 Chromium，无法生成 PDF：" + std::string(kInstallHint);
  return std::nullopt;
}

int TimeoutSeconds() {
  const char* text = std::getenv("JIXIAO_PDF_TIMEOUT");
  if (text == nullptr) return kDefaultTimeoutSeconds;
  char* end = nullptr;
  long seconds = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || seconds < 1 || seconds > kMaxTimeoutSeconds)
    return kDefaultTimeoutSeconds;
  return static_cast<int>(seconds);
}

// A file: URL for an absolute path, every byte outside [A-Za-z0-9/._~-] percent-encoded.
std::string FileUrl(const std::string& path) {
  std::string url = "file://";
  for (char c : path) {
    unsigned char u = static_cast<unsigned char>(c);
    bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                 std::strchr("/._~-", c) != nullptr;
    if (plain) {
      url.push_back(c);
    } else {
      constexpr char kHex[] = "0123456789ABCDEF";
      url += {'%', kHex[u >> 4], kHex[u & 0xF]};
    }
  }
  return url;
}

// A private directory for the page, the profile, the PDF and the browser's temporary files,
// removed with everything in it.
class ScratchDirectory {
 public:
  bool Create(std::string& error) {
    std::string pattern = (fs::temp_directory_path() / "jixiao-pdf-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr) {
      error = std::string("无法创建临时目录：") + std::strerror(errno);
      return false;
    }
    path_ = name.data();
    if (::mkdir(tmpdir().c_str(), 0700) != 0) {
      error = std::string("无法创建临时目录：") + std::strerror(errno);
      return false;
    }
    return true;
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }
  /// A directory inside, for the browser's own temporary files (a short name: see
  /// kMaxBrowserTmpdirBytes).
  std::string tmpdir() const { return path_ + "/t"; }

 private:
  std::string path_;
};

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The browser's last line of output that is not the noise of a machine without a session bus.
std::string LastLogLine(const std::string& log_path) {
  std::istringstream log(ReadWholeFile(log_path));
  std::string last;
  for (std::string line; std::getline(log, line);)
    if (!line.empty() && line.find("dbus") == std::string::npos) last = line;
  if (last.size() > 300) last = last.substr(0, 300) + "…";
  return last;
}

// Null-terminated pointers to `strings`, as exec wants them.
std::vector<char*> Pointers(const std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (const std::string& s : strings) pointers.push_back(const_cast<char*>(s.c_str()));
  pointers.push_back(nullptr);
  return pointers;
}

// Runs `argv` with `env` in its own process group with output to `log_path`; kills the group
// after `timeout_seconds`, or as soon as an InterruptGuard notes a signal. Returns the wait
// status, or nullopt (with `error`) when it could not run, took too long or was interrupted.
std::optional<int> RunWithTimeout(const std::vector<std::string>& argv,
                                  const std::vector<std::string>& env, const std::string& log_path,
                                  int timeout_seconds, std::string& error) {
  std::vector<char*> args = Pointers(argv);
  std::vector<char*> envp = Pointers(env);
  if (g_interrupt != 0) return std::nullopt;  // InterruptGuard::Release ends the process
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  pid_t pid = 0;
  int spawned = ::posix_spawn(&pid, args[0], &actions, &attributes, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) {
    error = "无法启动「" + argv[0] + "」：" + std::strerror(spawned);
    return std::nullopt;
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (true) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      error = std::string("等待 Chromium 时出错：") + std::strerror(errno);
      ::kill(-pid, SIGKILL);
      return std::nullopt;
    }
    bool interrupted = g_interrupt != 0;
    if (interrupted || std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      if (!interrupted)  // else InterruptGuard::Release ends the process
        error = "Chromium 在 " + std::to_string(timeout_seconds) +
                " 秒内没有打印完，已终止（可用环境变量 JIXIAO_PDF_TIMEOUT 延长，单位秒）";
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(-pid, SIGKILL);  // helper processes the browser left behind, if any
  return status;
}

// Chromium makes its singleton socket at $TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket
// (45 bytes after TMPDIR), and a socket's path holds at most 107 bytes.
constexpr size_t kMaxBrowserTmpdirBytes = 107 - 45;

// The environment of the browser: ours, with TMPDIR in the scratch directory when that path is
// short enough, so that the files Chromium makes for itself (its singleton socket, shared memory
// under --disable-dev-shm-usage) go when the directory goes, also when the browser is killed.
std::vector<std::string> BrowserEnvironment(const std::string& tmpdir) {
  bool fits = tmpdir.size() <= kMaxBrowserTmpdirBytes;
  std::vector<std::string> env;
  for (char** entry = environ; *entry != nullptr; ++entry)
    if (!fits || std::string_view(*entry).rfind("TMPDIR=", 0) != 0) env.emplace_back(*entry);
  if (fits) env.push_back("TMPDIR=" + tmpdir);
  return env;
}

// Prints `html` with `browser` in a scratch directory, removed before returning; the PDF's bytes,
// or nullopt with `error`.
std::optional<std::string> PrintInScratch(std::string_view html, const std::string& browser,
                                          std::string& error) {
  ScratchDirectory scratch;
  if (!scratch.Create(error)) return std::nullopt;
  std::string page = scratch.path() + "/form.html";
  std::string pdf = scratch.path() + "/form.pdf";
  std::string log = scratch.path() + "/chromium.log";
  {
    std::ofstream out(page, std::ios::binary);
    out.write(html.data(), static_cast<std::streamsize>(html.size()));
    if (!out.flush()) {
      error = "无法写入临时文件「" + page + "」";
      return std::nullopt;
    }
  }
  std::vector<std::string> argv = {browser,
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--disable-dev-shm-usage",
                                   "--disable-quic",
                                   "--no-first-run",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-extensions",
                                   "--user-data-dir=" + scratch.path() + "/profile",
                                   "--no-pdf-header-footer",
                                   "--print-to-pdf=" + pdf,
                                   FileUrl(page)};
  std::optional<int> status =
      RunWithTimeout(argv, BrowserEnvironment(scratch.tmpdir()), log, TimeoutSeconds(), error);
  if (!status) return std::nullopt;
  if (!WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
    std::string how = WIFEXITED(*status) ? "退出码 " + std::to_string(WEXITSTATUS(*status))
                                         : "信号 " + std::to_string(WTERMSIG(*status));
    std::string last = LastLogLine(log);
    error = "Chromium 打印 PDF 失败（" + how + "）" + (last.empty() ? "" : "：" + last);
    return std::nullopt;
  }
  std::string bytes = ReadWholeFile(pdf);
  if (bytes.rfind("%PDF-", 0) != 0) {
    std::string last = LastLogLine(log);
    error = "Chromium 没有生成 PDF" + (last.empty() ? std::string() : "：" + last);
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

bool PrintHtmlToPdf(std::string_view html, const std::string& path, std::string& error) {
  assert(path != "-");
  std::optional<std::string> browser = FindBrowser(error);
  if (!browser) return false;
  // Ctrl-C or kill while the browser runs: the browser is killed, the scratch directory removed,
  // and then the signal ends the process; WriteOutputAtomically guards the output file itself.
  InterruptGuard interrupt;
  std::optional<std::string> bytes = PrintInScratch(html, *browser, error);
  interrupt.Release();
  return bytes && WriteOutputAtomically(path, *bytes, error);
}

bool WriteReport(ReportFormat format, const std::string& path, std::string_view content,
                 std::string& error) {
  if (format == ReportFormat::kPdf) return PrintHtmlToPdf(content, path, error);
  return WriteOutputAtomically(path, content, error);
}

}  // namespace jixiao
