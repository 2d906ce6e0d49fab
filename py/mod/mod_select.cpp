// The select module: poll objects. Handles come from an object's fileno() (sys.stdin is 0).
#include "modules.h"
#if PYVGL_HAS_FS
#include "hal_os.h"
#endif
#include "../hal.h"

namespace py {

namespace {
struct Poll {
  Type* type;
  Val entries;  // dict: object -> eventmask
};
Type poll_type;

enum { POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16 };

#if PYVGL_HAS_FS
int handle_of(Val obj) {
  if (is_int(obj)) {
    int64_t v;
    return int_to_i64(obj, &v) ? (int)v : -1;
  }
  Val f = getattr_opt(obj, str_intern_cstr("fileno"));
  if (!f) {
    exc_take();
    return -1;
  }
  Val r = call0(f);
  int64_t v;
  if (!r || !int_to_i64(r, &v)) {
    exc_take();
    return -1;
  }
  return (int)v;
}
#endif

Val poll_register(int n, int, const Val* a) {
  Poll* p = (Poll*)a[0];
  Val mask = n > 2 ? a[2] : small(POLLIN | POLLOUT);
  if (is_small(a[1]) && small_val(a[1]) < 0) return raise(&ValueError_type, "negative fd");
  if (dict_set(p->entries, a[1], mask) < 0) return nullptr;
  return None;
}
Val poll_unregister(int, int, const Val* a) {
  Poll* p = (Poll*)a[0];
  if (dict_del(p->entries, a[1]) < 0) return nullptr;
  return None;
}
Val poll_modify(int, int, const Val* a) {
  Poll* p = (Poll*)a[0];
  bool found;
  dict_lookup(p->entries, a[1], &found);
  if (!found) return exc_pending() ? nullptr : oserror(2);
  if (dict_set(p->entries, a[1], a[2]) < 0) return nullptr;
  return None;
}

int poll_once(Val obj, int mask, int timeout_ms) {
#if PYVGL_HAS_FS
  int h = handle_of(obj);
  if (h < 0) return mask & POLLOUT;  // objects without a handle are always writable
  int r = hal_poll_handle(h, mask & (POLLIN | POLLOUT), timeout_ms);
  return r < 0 ? POLLERR : r;
#else
  (void)obj;
  (void)timeout_ms;
  return mask & POLLOUT;
#endif
}

// Waits a little before the entries are tested again. With one handle to read and a port
// wait hook (py/hal.h), the wait is on that handle (woken by input, the port's background
// work running meanwhile: asyncio waiting for stdin stays idle); otherwise 1 ms.
void wait_slice(Map* m, uint32_t left_ms) {
#if PYVGL_HAS_FS
  int handle = -1, count = 0;
  for (uint32_t i = 0; i < m->n; i++) {
    MapEntry* e = &m->entries[i];
    if (!e->key) continue;
    int64_t mask;
    if (!int_to_i64(e->value, &mask)) mask = POLLIN;
    count++;
    if (mask == POLLIN) handle = handle_of(e->key);
  }
  if (count == 1 && handle >= 0 && hal_wait_hook()) {
    hal_wait(handle, left_ms < 20 ? left_ms : 20);
    return;
  }
#else
  (void)m;
#endif
  hal_sleep_us(left_ms < 1 ? 0 : 1000);
}

Val poll_poll(int n, int, const Val* a) {
  Poll* p = (Poll*)a[0];
  intptr_t timeout = -1;
  if (n > 1 && a[1] != None && !arg_int(a[1], &timeout)) return nullptr;
  uint64_t start = hal_ticks_us();
  Val ready = list_new(0);
  if (!ready) return nullptr;
  Map* m = &((Dict*)p->entries)->map;
  for (;;) {
    // wait on the first entry in slices, test the others without blocking
    for (uint32_t i = 0; i < m->n; i++) {
      MapEntry* e = &m->entries[i];
      if (!e->key) continue;
      int64_t mask;
      if (!int_to_i64(e->value, &mask)) mask = POLLIN;
      int r = poll_once(e->key, (int)mask, 0);
      r &= (int)mask | POLLERR | POLLHUP;
      if (r) {
        Val pair[2] = {e->key, small(r)};
        Val t = tuple_from(2, pair);
        if (!t || list_append(ready, t) < 0) return nullptr;
      }
    }
    if (((List*)ready)->len > 0 || timeout == 0) return ready;
    uint64_t waited = (hal_ticks_us() - start) / 1000;
    if (timeout > 0 && waited >= (uint64_t)timeout) return ready;
    wait_slice(m, timeout < 0 ? UINT32_MAX : (uint32_t)((uint64_t)timeout - waited));
    if (!check_signals()) return nullptr;
  }
}

Val poll_ipoll(int n, int k, const Val* a) {
  Val l = poll_poll(n > 2 ? 2 : n, k, a);
  return l ? getiter(l) : nullptr;
}

const TypeMethod<&poll_type> poll_methods[] = {
  {"register", poll_register, 2, 3, 0}, {"unregister", poll_unregister, 2, 2, 0},
  {"modify", poll_modify, 3, 3, 0}, {"poll", poll_poll, 1, 2, 0}, {"ipoll", poll_ipoll, 1, 3, 0},
  {nullptr, nullptr, 0, 0, 0},
};

Val select_poll(int, int, const Val*) {
  Poll* p = (Poll*)alloc_obj(&poll_type, sizeof(Poll));
  if (!p) return nullptr;
  p->entries = dict_new(4);
  return p->entries ? (Val)p : nullptr;
}

// select.select(rlist, wlist, xlist[, timeout_s]): the poll machinery over three lists
Val select_select(int n, int, const Val* a) {
  Val p = select_poll(0, 0, nullptr);
  if (!p) return nullptr;
  Val entries = ((Poll*)p)->entries;
  for (int which = 0; which < 2; which++) {
    Val it = getiter(a[which]);
    if (!it) return nullptr;
    for (;;) {
      Val o = iternext(it);
      if (!o) return nullptr;
      if (o == STOP) break;
      bool found;
      Val old = dict_lookup(entries, o, &found);
      if (!old && found) return nullptr;
      intptr_t mask = (old ? small_val(old) : 0) | (which == 0 ? POLLIN : POLLOUT);
      if (dict_set(entries, o, small(mask)) < 0) return nullptr;
    }
  }
  Val args[2] = {p, None};
  if (n > 3 && a[3] != None) {
    double secs;
    if (!arg_double(a[3], &secs)) return nullptr;
    args[1] = small((intptr_t)(secs < 0 ? 0 : secs * 1000));
  }
  Val ready = poll_poll(2, 0, args);
  if (!ready) return nullptr;
  Val lists[3] = {list_new(0), list_new(0), list_new(0)};
  for (Val l : lists)
    if (!l) return nullptr;
  List* r = (List*)ready;
  for (size_t i = 0; i < r->len; i++) {
    Val obj = tuple_items(r->items[i])[0];
    intptr_t ev = small_val(tuple_items(r->items[i])[1]);
    if ((ev & (POLLIN | POLLHUP)) && list_append(lists[0], obj) < 0) return nullptr;
    if ((ev & POLLOUT) && list_append(lists[1], obj) < 0) return nullptr;
    if ((ev & POLLERR) && list_append(lists[2], obj) < 0) return nullptr;
  }
  return tuple_from(3, lists);
}

const MethodDef select_fns[] = {
  {"poll", select_poll, 0, 0, 0}, {"select", select_select, 3, 4, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val select_module() {
  make_native_type(&poll_type, "poll", poll_methods);
  Val m = module_from_table("select", select_fns);
  if (!m) return nullptr;
  module_add(m, "POLLIN", small(POLLIN));
  module_add(m, "POLLOUT", small(POLLOUT));
  module_add(m, "POLLERR", small(POLLERR));
  module_add(m, "POLLHUP", small(POLLHUP));
  return m;
}

}  // namespace py
