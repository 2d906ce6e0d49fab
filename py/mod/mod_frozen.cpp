// Loading frozen modules (see frozen.h): rebuild code objects from the serialized form,
// then run the module body like an imported file.
#include "../bytecode.h"
#include "frozen.h"
#include "modules.h"

namespace py {

// Weak references: a binary linked without a frozen table (the freezer itself) sees null.
extern const FrozenModule py_frozen_modules[] __attribute__((weak));
extern const int py_frozen_count __attribute__((weak));

namespace {
struct Reader {
  const uint8_t* p;
  const uint8_t* end;
  bool bad;
};

bool need(Reader* r, size_t n) {
  if ((size_t)(r->end - r->p) < n) r->bad = true;
  return !r->bad;
}
uint32_t rd_u32(Reader* r) {
  if (!need(r, 4)) return 0;
  uint32_t v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 | (uint32_t)r->p[3] << 24;
  r->p += 4;
  return v;
}
uint16_t rd_u16(Reader* r) {
  if (!need(r, 2)) return 0;
  uint16_t v = (uint16_t)(r->p[0] | r->p[1] << 8);
  r->p += 2;
  return v;
}
uint64_t rd_u64(Reader* r) {
  uint64_t lo = rd_u32(r);
  return lo | (uint64_t)rd_u32(r) << 32;
}
double rd_f64(Reader* r) {
  uint64_t u = rd_u64(r);
  double d;
  memcpy(&d, &u, 8);
  return d;
}

Val rd_obj(Reader* r);

Val rd_code(Reader* r) {
  Code* c = (Code*)alloc_obj(&code_type, sizeof(Code));
  if (!c) return nullptr;
  c->bc_len = rd_u32(r);
  if (!need(r, c->bc_len)) return nullptr;
  c->bc = (uint8_t*)r->p;  // the VM only reads bytecode: it stays in the binary's data
  r->p += c->bc_len;
  c->nconsts = rd_u32(r);
  if (r->bad) return nullptr;
  c->consts = (Val*)gc_alloc((c->nconsts ? c->nconsts : 1) * sizeof(Val));
  if (!c->consts) return raise_no_memory();
  for (uint32_t i = 0; i < c->nconsts; i++)
    if (!(c->consts[i] = rd_obj(r))) return nullptr;
  if (!(c->name = rd_obj(r)) || !(c->filename = rd_obj(r))) return nullptr;
  uint32_t nslots = rd_u32(r);
  if (r->bad) return nullptr;
  c->varnames = (Val*)gc_alloc((nslots ? nslots : 1) * sizeof(Val));
  if (!c->varnames) return raise_no_memory();
  for (uint32_t i = 0; i < nslots; i++)
    if (!(c->varnames[i] = rd_obj(r))) return nullptr;
  c->nlines = rd_u32(r);
  if (!need(r, (size_t)c->nlines * 8)) return nullptr;
  c->lines = (uint32_t*)gc_alloc((c->nlines ? c->nlines : 1) * 8);
  if (!c->lines) return raise_no_memory();
  for (uint32_t i = 0; i < c->nlines * 2; i++) c->lines[i] = rd_u32(r);
  c->nparams = rd_u16(r);
  c->nkwonly = rd_u16(r);
  c->nlocals = rd_u16(r);
  c->nfree = rd_u16(r);
  c->ncells = rd_u16(r);
  c->stacksize = rd_u16(r);
  c->maxblocks = rd_u16(r);
  c->flags = rd_u16(r);
  if (c->ncells) {
    c->cells = (uint16_t*)gc_alloc(c->ncells * sizeof(uint16_t));
    if (!c->cells) return raise_no_memory();
    for (uint16_t i = 0; i < c->ncells; i++) c->cells[i] = rd_u16(r);
  }
  c->class_slot = (int32_t)rd_u32(r);
  c->firstline = rd_u32(r);
  return r->bad ? nullptr : (Val)c;
}

Val rd_obj(Reader* r) {
  if (!need(r, 1)) return nullptr;
  uint8_t tag = *r->p++;
  switch (tag) {
    case 'N': return None;
    case 'T': return True_;
    case 'F': return False_;
    case 'E': return &ellipsis_obj;
    case 'i': return int_from_i64((int64_t)rd_u64(r));
    case 'f': return float_new(rd_f64(r));
    case 'c': {
      double re = rd_f64(r);
      return complex_new(re, rd_f64(r));
    }
    case 'I': case 's': case 'q': case 'b': {
      uint32_t n = rd_u32(r);
      if (!need(r, n)) return nullptr;
      const char* s = (const char*)r->p;
      r->p += n;
      if (tag == 'I') return int_parse(s, n, 10, false);
      if (tag == 'q') return str_intern(s, n);
      if (tag == 'b') return bytes_new(s, n);
      return str_new(s, n);
    }
    case 't': {
      uint32_t n = rd_u32(r);
      if (r->bad) return nullptr;
      Val t = tuple_new(n);
      if (!t) return nullptr;
      for (uint32_t i = 0; i < n; i++) tuple_items(t)[i] = None;
      for (uint32_t i = 0; i < n; i++)
        if (!(tuple_items(t)[i] = rd_obj(r))) return nullptr;
      return t;
    }
    case 'C': return rd_code(r);
  }
  r->bad = true;
  return nullptr;
}

int frozen_count() { return &py_frozen_count ? py_frozen_count : 0; }

const FrozenModule* find(Val fullname) {
  for (int i = 0; i < frozen_count(); i++)
    if (!strcmp(py_frozen_modules[i].name, str_data(fullname))) return &py_frozen_modules[i];
  return nullptr;
}
}  // namespace

Val frozen_load_code(const uint8_t* data, size_t len) {
  Reader r = {data, data + len, false};
  Val code = rd_obj(&r);
  if (!code && !exc_pending()) return raise(&ValueError_type, "corrupt frozen code");
  if (code && r.p != r.end) return raise(&ValueError_type, "trailing data after frozen code");
  return code;
}

// Imports a frozen module: nullptr without error when there is none of that name.
Val frozen_import(Val fullname) {
  const FrozenModule* fm = find(fullname);
  if (!fm) return nullptr;
  Reader r = {fm->data, fm->data + fm->len, false};
  Val code = rd_obj(&r);
  if (!code) return exc_pending() ? nullptr : raise(&ImportError_type, "corrupt frozen module '%s'", fm->name);
  Val m = module_new(fullname);
  if (!m) return nullptr;
  Val d = (Val)((Module*)m)->dict;
  if (dict_set(d, Q(__file__), ((Code*)code)->filename) < 0) return nullptr;
  if (fm->is_package) {
    Val p = str_from_printf(".frozen/%s", fm->name);
    Val l = p ? list_from(1, &p) : nullptr;
    if (!l || dict_set(d, Q(__path__), l) < 0) return nullptr;
  }
  if (dict_set(ts.modules, fullname, m) < 0) return nullptr;
  if (!exec_code(code, d, d)) {
    dict_del(ts.modules, fullname);
    return nullptr;
  }
  Val cur = dict_get(ts.modules, fullname);
  return cur ? cur : m;
}

bool frozen_exists(const char* name) {
  for (int i = 0; i < frozen_count(); i++)
    if (!strcmp(py_frozen_modules[i].name, name)) return true;
  return false;
}

}  // namespace py
