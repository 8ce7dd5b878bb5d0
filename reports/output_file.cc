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

bool WriteStdout(std::string_view content, std::string& error) {
  std::fflush(stdout);
  if (int err = WriteAll(STDOUT_FILENO, content); err != 0) {
    error = SystemError("cannot write", "-", err);
    return false;
  }
  return true;
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

bool WriteOutputAtomically(const std::string& path, std::string_view content, std::string& error) {
  if (path == "-") return WriteStdout(content, error);
  std::string dir, base;
  SplitPath(path, dir, base);
  if (base.empty()) {
    error = "not a file name '" + path + "'";
    return false;
  }

  std::string temp = (dir == "/" ? "" : dir) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    error = SystemError("cannot create a temporary file in", dir, errno);
    return false;
  }
  temp = name.data();

  auto fail = [&](std::string_view what, const std::string& subject, int err) {
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    error = SystemError(what, subject, err);
    return false;
  };

  struct stat existing;
  mode_t mode = ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)
                    ? existing.st_mode & 07777
                    : kNewFileMode;
  if (::fchmod(fd, mode) != 0) return fail("cannot set the mode of", temp, errno);
  if (int err = WriteAll(fd, content); err != 0) return fail("cannot write", temp, err);
  if (::fsync(fd) != 0) return fail("cannot flush", temp, errno);
  int closed = ::close(fd);
  fd = -1;
  if (closed != 0) return fail("cannot close", temp, errno);
  if (::rename(temp.c_str(), path.c_str()) != 0) return fail("cannot replace", path, errno);
  SyncDirectory(dir);
  return true;
}

}  // namespace jixiao
