// Serialization of code objects for frozen modules (format: py/mod/frozen.h).
#include "serialize.h"

#include <string.h>

#include "py/bytecode.h"
#include "py/runtime.h"

using namespace py;

namespace freeze {

namespace {
std::string g_error;

void put_u8(std::vector<uint8_t>& o, uint8_t v) { o.push_back(v); }
void put_u16(std::vector<uint8_t>& o, uint16_t v) {
  o.push_back((uint8_t)v);
  o.push_back((uint8_t)(v >> 8));
}
void put_u32(std::vector<uint8_t>& o, uint32_t v) {
  for (int i = 0; i < 4; i++) o.push_back((uint8_t)(v >> (8 * i)));
}
void put_u64(std::vector<uint8_t>& o, uint64_t v) {
  put_u32(o, (uint32_t)v);
  put_u32(o, (uint32_t)(v >> 32));
}
void put_f64(std::vector<uint8_t>& o, double d) {
  uint64_t u;
  memcpy(&u, &d, 8);
  put_u64(o, u);
}
void put_bytes(std::vector<uint8_t>& o, uint8_t tag, const char* s, size_t n) {
  put_u8(o, tag);
  put_u32(o, (uint32_t)n);
  o.insert(o.end(), (const uint8_t*)s, (const uint8_t*)s + n);
}

bool put_obj(std::vector<uint8_t>& o, Val v);

bool put_code(std::vector<uint8_t>& o, Code* c) {
  put_u8(o, 'C');
  put_u32(o, c->bc_len);
  o.insert(o.end(), c->bc, c->bc + c->bc_len);
  put_u32(o, c->nconsts);
  for (uint32_t i = 0; i < c->nconsts; i++)
    if (!put_obj(o, c->consts[i])) return false;
  if (!put_obj(o, c->name) || !put_obj(o, c->filename)) return false;
  uint32_t nslots = (uint32_t)c->nlocals + c->nfree;
  put_u32(o, nslots);
  for (uint32_t i = 0; i < nslots; i++)
    if (!put_obj(o, c->varnames[i])) return false;
  put_u32(o, c->nlines);
  for (uint32_t i = 0; i < c->nlines * 2; i++) put_u32(o, c->lines[i]);
  put_u16(o, c->nparams);
  put_u16(o, c->nkwonly);
  put_u16(o, c->nlocals);
  put_u16(o, c->nfree);
  put_u16(o, c->ncells);
  put_u16(o, c->stacksize);
  put_u16(o, c->maxblocks);
  put_u16(o, c->flags);
  for (uint16_t i = 0; i < c->ncells; i++) put_u16(o, c->cells[i]);
  put_u32(o, (uint32_t)c->class_slot);
  put_u32(o, c->firstline);
  return true;
}

bool put_obj(std::vector<uint8_t>& o, Val v) {
  if (v == None) put_u8(o, 'N');
  else if (v == True_) put_u8(o, 'T');
  else if (v == False_) put_u8(o, 'F');
  else if (v == &ellipsis_obj) put_u8(o, 'E');
  else if (is_int(v)) {
    int64_t i;
    if (int_to_i64(v, &i)) {
      put_u8(o, 'i');
      put_u64(o, (uint64_t)i);
    } else {
      Val s = repr(v);
      if (!s) return false;
      put_bytes(o, 'I', str_data(s), str_len(s));
    }
  } else if (v->type == &float_type) {
    put_u8(o, 'f');
    put_f64(o, float_val(v));
  } else if (v->type == &complex_type) {
    put_u8(o, 'c');
    put_f64(o, ((Complex*)v)->re);
    put_f64(o, ((Complex*)v)->im);
  } else if (v->type == &str_type) put_bytes(o, ((Str*)v)->interned ? 'q' : 's', str_data(v), str_len(v));
  else if (v->type == &bytes_type) put_bytes(o, 'b', str_data(v), str_len(v));
  else if (v->type == &tuple_type) {
    put_u8(o, 't');
    put_u32(o, (uint32_t)tuple_len(v));
    for (size_t i = 0; i < tuple_len(v); i++)
      if (!put_obj(o, tuple_items(v)[i])) return false;
  } else if (v->type == &code_type) return put_code(o, (Code*)v);
  else {
    g_error = std::string("cannot freeze a constant of type ") + type_cname(v);
    return false;
  }
  return true;
}
}  // namespace

bool serialize(Val v, std::vector<uint8_t>* out, std::string* error) {
  g_error.clear();
  bool ok = put_obj(*out, v);
  if (!ok && error) *error = g_error;
  return ok;
}

}  // namespace freeze
