#include "reports/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jixiao {
namespace {

constexpr mode_t kNewFileMode = 0644;

std::string SystemError(std::string_view what, const std::string& path, int err) {
  return std::string(what) + " '" + path + "': " + std::strerror(err);
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
    error = "not a file name '" + path + "'";
    return false;
  }
  std::string temp = (dir_ == "/" ? "" : dir_) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  fd_ = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) {
    error = SystemError("cannot create a temporary file in", dir_, errno);
    return false;
  }
  temp_ = name.data();
  struct stat existing;
  mode_t mode = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)
                    ? existing.st_mode & 07777
                    : kNewFileMode;
  if (::fchmod(fd_, mode) != 0) return Fail("cannot set the mode of", temp_, errno, error);
  return true;
}

bool AtomicOutput::Write(std::string_view content, std::string& error) {
  if (int err = WriteAll(fd_, content); err != 0)
    return Fail("cannot write", to_stdout_ ? path_ : temp_, err, error);
  return true;
}

bool AtomicOutput::Commit(std::string& error) {
  if (to_stdout_) {
    fd_ = -1;
    return true;
  }
  if (::fsync(fd_) != 0) return Fail("cannot flush", temp_, errno, error);
  int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) return Fail("cannot close", temp_, errno, error);
  if (::rename(temp_.c_str(), path_.c_str()) != 0)
    return Fail("cannot replace", path_, errno, error);
  temp_.clear();
  SyncDirectory(dir_);
  return true;
}

void AtomicOutput::Abort() {
  if (!to_stdout_ && fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
}

bool AtomicOutput::Fail(std::string_view what, const std::string& subject, int err,
                        std::string& error) {
  error = SystemError(what, subject, err);
  Abort();
  return false;
}

bool WriteOutputAtomically(const std::string& path, std::string_view content, std::string& error) {
  AtomicOutput out;
  return out.Open(path, error) && out.Write(content, error) && out.Commit(error);
}

}  // namespace jixiao
