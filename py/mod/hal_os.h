// HAL services for the os, io and select modules (files, directories, environment, polling).
// A port with a file system implements them (ports/unix/hal_os_unix.cpp); a port without
// one builds with PYVGL_HAS_FS=0 and does not need them. Errors are errno-style codes
// (Linux numbering, like MicroPython's errno module): 0 = success.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace py {

enum HalOpenFlags { HAL_READ = 1, HAL_WRITE = 2, HAL_CREATE = 4, HAL_TRUNCATE = 8, HAL_APPEND = 16, HAL_EXCL = 32 };

int hal_file_open(const char* path, int flags, int* err);  // handle >= 0, or -1 with *err
long hal_file_read(int h, void* buf, size_t n, int* err);   // bytes read (0 = end), -1 error
long hal_file_write(int h, const void* buf, size_t n, int* err);
long hal_file_seek(int h, long offset, int whence, int* err);  // new position or -1
int hal_file_close(int h);                                     // error code

// Calls found(ctx, name, is_dir) per entry (without "." and ".."). Returns an error code.
int hal_listdir(const char* path, void (*found)(void* ctx, const char* name, bool is_dir), void* ctx);
struct HalStat { uint32_t mode; uint64_t size; int64_t atime, mtime, ctime; uint64_t ino, dev, nlink, uid, gid; };
int hal_stat_path(const char* path, HalStat* out);
int hal_mkdir(const char* path);
int hal_rmdir(const char* path);
int hal_remove(const char* path);
int hal_rename(const char* from, const char* to);
int hal_chdir(const char* path);
int hal_getcwd(char* buf, size_t cap);
const char* hal_getenv(const char* name);  // nullptr when unset
void hal_urandom(void* buf, size_t n);
// sysname, nodename, release, version, machine
void hal_uname(const char* fields[5]);

// Readiness of a handle (0 = stdin): returns the HAL_POLL* bits that are ready, waiting up
// to timeout_ms (-1 = forever). A negative result is an error code.
enum HalPollBits { HAL_POLLIN = 1, HAL_POLLOUT = 4, HAL_POLLERR = 8, HAL_POLLHUP = 16 };
int hal_poll_handle(int h, int events, int timeout_ms);

}  // namespace py
