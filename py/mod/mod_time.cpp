// The time module: wall clock, sleeps, MicroPython's wrapping tick counters, and the
// calendar conversions (the unix port treats local time as UTC).
#include "../hal.h"
#include "modules.h"

namespace py {

namespace {
// ticks_* wrap at 2**30 like MicroPython's small-int-sized counters
constexpr intptr_t TICKS_PERIOD = (intptr_t)1 << 30;
constexpr intptr_t TICKS_MASK = TICKS_PERIOD - 1;
constexpr intptr_t TICKS_HALF = TICKS_PERIOD / 2;

Val time_time(int, int, const Val*) { return float_new(hal_time()); }
Val time_time_ns(int, int, const Val*) { return int_from_i64((int64_t)(hal_time() * 1e9)); }

WaitHook g_wait_hook;

bool sleep_us_checked(uint64_t us) {
  // sleep in slices so Ctrl-C and scheduled callbacks are served (by a sleep(0) too, as in
  // MicroPython); with a wait hook the port's background work (the GUI) runs during the slices
  uint64_t end = hal_ticks_us() + us;
  for (;;) {
    uint64_t now = hal_ticks_us();
    if (now >= end) return check_signals();
    uint64_t left = end - now;
    if (g_wait_hook && left >= 1000) g_wait_hook(-1, (uint32_t)(left > 20000 ? 20 : left / 1000));
    else hal_sleep_us(left > 20000 ? 20000 : left);
    if (!check_signals()) return false;
  }
}
Val time_sleep(int, int, const Val* a) {
  double s;
  if (!arg_double(a[0], &s)) return nullptr;
  if (s < 0) return raise(&ValueError_type, "sleep length must be non-negative");
  return sleep_us_checked((uint64_t)(s * 1e6)) ? None : nullptr;
}
Val time_sleep_ms(int, int, const Val* a) {
  intptr_t ms;
  if (!arg_int(a[0], &ms)) return nullptr;
  return sleep_us_checked(ms > 0 ? (uint64_t)ms * 1000 : 0) ? None : nullptr;
}
Val time_sleep_us(int, int, const Val* a) {
  intptr_t us;
  if (!arg_int(a[0], &us)) return nullptr;
  return sleep_us_checked(us > 0 ? (uint64_t)us : 0) ? None : nullptr;
}
Val time_ticks_ms(int, int, const Val*) { return small((intptr_t)((hal_ticks_us() / 1000) & TICKS_MASK)); }
Val time_ticks_us(int, int, const Val*) { return small((intptr_t)(hal_ticks_us() & TICKS_MASK)); }
Val time_ticks_add(int, int, const Val* a) {
  intptr_t t, d;
  if (!arg_int(a[0], &t) || !arg_int(a[1], &d)) return nullptr;
  // a delta of half the period or more could not be told apart by ticks_diff
  if (d < -(intptr_t)TICKS_HALF || d >= (intptr_t)TICKS_HALF)
    return raise(&OverflowError_type, "ticks interval overflow");
  return small((t + d) & TICKS_MASK);
}
Val time_ticks_diff(int, int, const Val* a) {
  intptr_t t1, t0;
  if (!arg_int(a[0], &t1) || !arg_int(a[1], &t0)) return nullptr;
  return small(((t1 - t0 + TICKS_HALF) & TICKS_MASK) - TICKS_HALF);
}

// ---- calendar (proleptic Gregorian, days counted from 1970-01-01) ----
bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
const int16_t days_before_month[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int64_t* y, int* m, int* d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

// (year, month, mday, hour, minute, second, weekday 0=Monday, yearday 1..366)
Val time_tuple(int n, const Val* a) {
  int64_t secs;
  if (n == 0 || a[0] == None) secs = (int64_t)hal_time();
  else {
    double f;
    if (!arg_double(a[0], &f)) return nullptr;
    secs = (int64_t)f;
  }
  int64_t days = secs / 86400, rem = secs % 86400;
  if (rem < 0) { rem += 86400; days--; }
  int64_t y;
  int m, d;
  civil_from_days(days, &y, &m, &d);
  int wday = (int)(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
  int yday = days_before_month[m - 1] + d + (m > 2 && is_leap(y));
  Val v[8] = {int_from_i64(y), small(m), small(d), small(rem / 3600), small(rem / 60 % 60),
              small(rem % 60), small(wday), small(yday)};
  if (!v[0]) return nullptr;
  return tuple_from(8, v);
}
Val time_gmtime(int n, int, const Val* a) { return time_tuple(n, a); }

Val time_mktime(int, int, const Val* a) {
  size_t n;
  Val* items;
  if (!seq_to_array(a[0], &n, &items)) return nullptr;
  if (n < 6) return raise(&TypeError_type, "mktime needs a tuple of length 8 or 9");
  int64_t f[6];
  for (int i = 0; i < 6; i++)
    if (!int_to_i64(items[i], &f[i])) return raise(&TypeError_type, "mktime: integers expected");
  // normalise months out of range, like C's mktime
  int64_t mon0 = f[1] - 1;
  int64_t y = f[0] + (mon0 >= 0 ? mon0 / 12 : (mon0 - 11) / 12);
  mon0 -= (y - f[0]) * 12;
  int64_t days = days_from_civil(y, mon0 + 1, 1) + f[2] - 1;
  return int_from_i64(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]);
}

const MethodDef time_fns[] = {
  {"time", time_time, 0, 0, 0}, {"time_ns", time_time_ns, 0, 0, 0}, {"sleep", time_sleep, 1, 1, 0},
  {"sleep_ms", time_sleep_ms, 1, 1, 0}, {"sleep_us", time_sleep_us, 1, 1, 0},
  {"ticks_ms", time_ticks_ms, 0, 0, 0}, {"ticks_us", time_ticks_us, 0, 0, 0},
  {"ticks_cpu", time_ticks_us, 0, 0, 0}, {"ticks_add", time_ticks_add, 2, 2, 0},
  {"ticks_diff", time_ticks_diff, 2, 2, 0}, {"gmtime", time_gmtime, 0, 1, 0},
  {"localtime", time_gmtime, 0, 1, 0}, {"mktime", time_mktime, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

void hal_set_wait_hook(WaitHook hook) { g_wait_hook = hook; }
WaitHook hal_wait_hook() { return g_wait_hook; }

int hal_wait(int handle, uint32_t max_ms) {
  if (g_wait_hook) return g_wait_hook(handle, max_ms);
  hal_sleep_us((uint64_t)max_ms * 1000);
  return 0;
}

Val time_module() { return module_from_table("time", time_fns); }

}  // namespace py
