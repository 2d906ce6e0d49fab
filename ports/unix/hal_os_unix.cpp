// HAL file system, environment and polling services for the unix port (POSIX).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "py/mod/hal_os.h"

namespace py {

int hal_file_open(const char* path, int flags, int* err) {
  int o = 0;
  if ((flags & HAL_READ) && (flags & HAL_WRITE)) o = O_RDWR;
  else if (flags & HAL_WRITE) o = O_WRONLY;
  else o = O_RDONLY;
  if (flags & HAL_CREATE) o |= O_CREAT;
  if (flags & HAL_TRUNCATE) o |= O_TRUNC;
  if (flags & HAL_APPEND) o |= O_APPEND;
  if (flags & HAL_EXCL) o |= O_EXCL;
  int fd = open(path, o | O_CLOEXEC, 0666);
  if (fd < 0) {
    *err = errno;
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    *err = EISDIR;
    return -1;
  }
  return fd;
}

long hal_file_read(int h, void* buf, size_t n, int* err) {
  for (;;) {
    ssize_t r = read(h, buf, n);
    if (r >= 0) return (long)r;
    if (errno == EINTR) continue;
    *err = errno;
    return -1;
  }
}

long hal_file_write(int h, const void* buf, size_t n, int* err) {
  size_t done = 0;
  while (done < n) {
    ssize_t w = write(h, (const char*)buf + done, n - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      *err = errno;
      return -1;
    }
    done += (size_t)w;
  }
  return (long)done;
}

long hal_file_seek(int h, long offset, int whence, int* err) {
  off_t r = lseek(h, offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
  if (r < 0) {
    *err = errno;
    return -1;
  }
  return (long)r;
}

int hal_file_close(int h) { return close(h) == 0 ? 0 : errno; }

int hal_listdir(const char* path, void (*found)(void*, const char*, bool), void* ctx) {
  DIR* d = opendir(*path ? path : ".");
  if (!d) return errno;
  while (struct dirent* e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    bool is_dir = e->d_type == DT_DIR;
    if (e->d_type == DT_UNKNOWN) {
      char full[1024];
      struct stat st;
      snprintf(full, sizeof full, "%s/%s", path, e->d_name);
      is_dir = stat(full, &st) == 0 && S_ISDIR(st.st_mode);
    }
    found(ctx, e->d_name, is_dir);
  }
  closedir(d);
  return 0;
}

int hal_stat_path(const char* path, HalStat* out) {
  struct stat st;
  if (stat(path, &st) != 0) return errno;
  out->mode = st.st_mode;
  out->size = (uint64_t)st.st_size;
  out->atime = st.st_atime;
  out->mtime = st.st_mtime;
  out->ctime = st.st_ctime;
  out->ino = st.st_ino;
  out->dev = st.st_dev;
  out->nlink = st.st_nlink;
  out->uid = st.st_uid;
  out->gid = st.st_gid;
  return 0;
}

int hal_mkdir(const char* path) { return mkdir(path, 0777) == 0 ? 0 : errno; }
int hal_rmdir(const char* path) { return rmdir(path) == 0 ? 0 : errno; }
int hal_remove(const char* path) { return unlink(path) == 0 ? 0 : errno; }
int hal_rename(const char* from, const char* to) { return rename(from, to) == 0 ? 0 : errno; }
int hal_chdir(const char* path) { return chdir(path) == 0 ? 0 : errno; }
int hal_getcwd(char* buf, size_t cap) { return getcwd(buf, cap) ? 0 : errno; }
const char* hal_getenv(const char* name) { return getenv(name); }

void hal_urandom(void* buf, size_t n) {
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  size_t got = 0;
  if (fd >= 0) {
    while (got < n) {
      ssize_t r = read(fd, (char*)buf + got, n - got);
      if (r <= 0) break;
      got += (size_t)r;
    }
    close(fd);
  }
  // no /dev/urandom: fall back to a clock-seeded generator rather than failing
  uint32_t x = (uint32_t)getpid() * 2654435761u ^ (uint32_t)time(nullptr);
  for (; got < n; got++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    ((uint8_t*)buf)[got] = (uint8_t)x;
  }
}

void hal_uname(const char* fields[5]) {
  static struct utsname u;
  if (uname(&u) != 0) memset(&u, 0, sizeof u);
  fields[0] = u.sysname;
  fields[1] = u.nodename;
  fields[2] = u.release;
  fields[3] = u.version;
  fields[4] = u.machine;
}

int hal_poll_handle(int h, int events, int timeout_ms) {
  struct pollfd p;
  p.fd = h;
  p.events = (short)(((events & HAL_POLLIN) ? POLLIN : 0) | ((events & HAL_POLLOUT) ? POLLOUT : 0));
  p.revents = 0;
  int r = poll(&p, 1, timeout_ms);
  if (r < 0) return errno == EINTR ? 0 : -errno;
  if (r == 0) return 0;
  int out = 0;
  if (p.revents & POLLIN) out |= HAL_POLLIN;
  if (p.revents & POLLOUT) out |= HAL_POLLOUT;
  if (p.revents & POLLERR) out |= HAL_POLLERR;
  if (p.revents & POLLHUP) out |= HAL_POLLHUP;
  return out;
}

}  // namespace py
