#include "reports/output_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jixiao {
namespace {

constexpr mode_t kNewFileMode = 0644;

// Signals that end the process by default and may arrive while a report is being written:
// Ctrl-C, kill, a closed terminal, Ctrl-\, and a file size limit (ulimit -f).
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ};

// The temporary file being written, for the signal handler: a fixed buffer, because the
// handler may only call async-signal-safe functions (unlink, raise).
char g_temp_path[4096];
volatile std::sig_atomic_t g_temp_armed = 0;

extern "C" void RemoveTemporaryFileAndDie(int signal) {
  if (g_temp_armed) ::unlink(g_temp_path);
  ::raise(signal);  // SA_RESETHAND: the default action, once this handler returns
}

// "无法写入「report.md」：No space left on device" (the system's reason stays in English).
std::string SystemError(std::string_view what, const std::string& path, int err) {
  return std::string(what) + "「" + path + "」：" + std::strerror(err);
}

// Writes all of `content`, retrying short writes and interruptions; returns
// errno or 0.
int WriteAll(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return EIO;
    content.remove_prefix(static_cast<size_t>(n));
  }
  return 0;
}

// The directory of `path` ("." when it has none) and its last component.
void SplitPath(const std::string& path, std::string& dir, std::string& base) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) {
    dir = ".";
    base = path;
  } else {
    dir = slash == 0 ? "/" : path.substr(0, slash);
    base = path.substr(slash + 1);
  }
}

// Makes the rename durable; failing here leaves a complete file, so errors are
// ignored.
void SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

// While alive, a signal in kCleanupSignals removes the armed temporary file before the process
// dies of it. Signals that are ignored (nohup, or SIGXFSZ set to SIG_IGN so that write() fails
// with EFBIG) stay ignored.
class TemporaryFileGuard {
 public:
  TemporaryFileGuard() {
    sigemptyset(&signals_);
    for (size_t i = 0; i < std::size(kCleanupSignals); ++i) {
      struct sigaction action {};
      action.sa_handler = RemoveTemporaryFileAndDie;
      action.sa_flags = static_cast<int>(SA_RESETHAND);
      sigemptyset(&action.sa_mask);
      ::sigaction(kCleanupSignals[i], nullptr, &previous_[i]);
      installed_[i] = previous_[i].sa_handler != SIG_IGN &&
                      ::sigaction(kCleanupSignals[i], &action, nullptr) == 0;
      sigaddset(&signals_, kCleanupSignals[i]);
    }
  }
  ~TemporaryFileGuard() {
    g_temp_armed = 0;
    for (size_t i = 0; i < std::size(kCleanupSignals); ++i)
      if (installed_[i]) ::sigaction(kCleanupSignals[i], &previous_[i], nullptr);
  }
  TemporaryFileGuard(const TemporaryFileGuard&) = delete;
  TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

  /// Creates the temporary file from the mkostemp `pattern` (rewritten in place) with the
  /// signals blocked, so that none arrives between its creation and the arming of the handler.
  int Create(std::vector<char>& pattern) {
    sigset_t saved;
    ::sigprocmask(SIG_BLOCK, &signals_, &saved);
    int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd >= 0 && pattern.size() <= sizeof g_temp_path) {
      std::memcpy(g_temp_path, pattern.data(), pattern.size());
      g_temp_armed = 1;
    }
    ::sigprocmask(SIG_SETMASK, &saved, nullptr);
    return fd;
  }

  /// The temporary file is gone (renamed or removed).
  void Disarm() { g_temp_armed = 0; }

 private:
  sigset_t signals_;
  struct sigaction previous_[std::size(kCleanupSignals)]{};
  bool installed_[std::size(kCleanupSignals)] = {};
};

AtomicOutput::AtomicOutput() = default;
AtomicOutput::~AtomicOutput() { Abort(); }

bool AtomicOutput::Open(const std::string& path, std::string& error) {
  path_ = path;
  if (path == "-") {
    std::fflush(stdout);
    fd_ = STDOUT_FILENO;
    to_stdout_ = true;
    return true;
  }
  std::string base;
  SplitPath(path, dir_, base);
  if (base.empty()) {
    error = "「" + path + "」不是文件名";
    return false;
  }
  std::string temp = (dir_ == "/" ? "" : dir_) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  guard_ = std::make_unique<TemporaryFileGuard>();
  fd_ = guard_->Create(name);
  if (fd_ < 0) {
    error = SystemError("无法创建临时文件，目录", dir_, errno);
    guard_.reset();
    return false;
  }
  temp_ = name.data();
  struct stat existing;
  mode_t mode = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)
                    ? existing.st_mode & 07777
                    : kNewFileMode;
  if (::fchmod(fd_, mode) != 0) return Fail("无法写入", path_, errno, error);
  return true;
}

bool AtomicOutput::Write(std::string_view content, std::string& error) {
  if (int err = WriteAll(fd_, content); err != 0)
    return Fail("无法写入", to_stdout_ ? std::string("标准输出") : path_, err, error);
  return true;
}

bool AtomicOutput::Commit(std::string& error) {
  if (to_stdout_) {
    fd_ = -1;
    return true;
  }
  if (::fsync(fd_) != 0) return Fail("无法写入", path_, errno, error);
  int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) return Fail("无法写入", path_, errno, error);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) return Fail("无法替换", path_, errno, error);
  temp_.clear();
  guard_.reset();
  SyncDirectory(dir_);
  return true;
}

void AtomicOutput::Abort() {
  if (!to_stdout_ && fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
  guard_.reset();
}

bool AtomicOutput::Fail(std::string_view what, const std::string& subject, int err,
                        std::string& error) {
  error = SystemError(what, subject, err);
  Abort();
  return false;
}

std::string FileNameFor(std::string_view name) {
  constexpr size_t kMaxBytes = 100;
  std::string out;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (out.empty() && (c == '.' || c == ' ')) continue;
    bool unsafe =
        u < 0x20 || u == 0x7F || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
    out.push_back(unsafe ? '_' : c);
  }
  if (out.size() > kMaxBytes) {
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out.empty() ? std::string("项目") : out;
}

bool WriteOutputAtomically(const std::string& path, std::string_view content, std::string& error) {
  AtomicOutput out;
  return out.Open(path, error) && out.Write(content, error) && out.Commit(error);
}

bool WriteFileAtomically(const std::string& path, const FileWriter& write, std::string& error) {
  if (path == "-") {
    error = "「-」不是文件名";
    return false;
  }
  AtomicOutput out;
  if (!out.Open(path, error)) return false;
  if (!write(out.TemporaryPath(), error)) {
    out.Abort();
    return false;
  }
  return out.Commit(error);
}

}  // namespace jixiao
