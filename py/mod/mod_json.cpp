// The json module: dumps/dump (separators like CPython's defaults) and loads/load.
#include <math.h>
#include <stdlib.h>

#include "float_text.h"
#include "modules.h"

namespace py {

namespace {
struct Seps { const char* item; const char* key; };

void add_json_string(Buf* b, const char* s, size_t n) {
  buf_addc(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
      case '"': buf_adds(b, "\\\""); break;
      case '\\': buf_adds(b, "\\\\"); break;
      case '\n': buf_adds(b, "\\n"); break;
      case '\r': buf_adds(b, "\\r"); break;
      case '\t': buf_adds(b, "\\t"); break;
      case '\b': buf_adds(b, "\\b"); break;
      case '\f': buf_adds(b, "\\f"); break;
      default:
        if (c < 0x20) buf_printf(b, "\\u%04x", c);
        else buf_addc(b, (char)c);
    }
  }
  buf_addc(b, '"');
}

bool dump_value(Buf* b, Val v, const Seps& seps, int depth);

bool dump_key(Buf* b, Val k) {
  if (is_str(k)) {
    add_json_string(b, str_data(k), str_len(k));
    return true;
  }
  if (k == None || k == True_ || k == False_ || is_int(k) || (!is_small(k) && k->type == &float_type)) {
    Buf tmp;
    buf_init(&tmp, 16);
    if (k == None) buf_adds(&tmp, "null");
    else if (k == True_) buf_adds(&tmp, "true");
    else if (k == False_) buf_adds(&tmp, "false");
    else if (!print_to(&tmp, k, true)) return false;
    add_json_string(b, tmp.data, tmp.len);
    return true;
  }
  raise(&TypeError_type, "keys must be str, int, float, bool or None, not %s", type_cname(k));
  return false;
}

bool dump_seq(Buf* b, size_t n, const Val* items, const Seps& seps, int depth) {
  buf_addc(b, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) buf_adds(b, seps.item);
    if (!dump_value(b, items[i], seps, depth + 1)) return false;
  }
  buf_addc(b, ']');
  return true;
}

bool dump_value(Buf* b, Val v, const Seps& seps, int depth) {
  if (depth > 200 || !check_stack()) {
    if (!exc_pending()) raise(&RuntimeError_type, "maximum recursion depth exceeded");
    return false;
  }
  if (v == None) buf_adds(b, "null");
  else if (v == True_) buf_adds(b, "true");
  else if (v == False_) buf_adds(b, "false");
  else if (is_int(v)) return print_to(b, v, true);
  else if (!is_small(v) && v->type == &float_type) {
    double d = float_val(v);
    if (d != d) buf_adds(b, "NaN");
    else if (d > 1.7976931348623157e308) buf_adds(b, "Infinity");
    else if (d < -1.7976931348623157e308) buf_adds(b, "-Infinity");
    else return print_to(b, v, true);
  } else if (is_str(v) || isinst(v, &bytes_type)) {
    add_json_string(b, str_data(v), str_len(v));  // MicroPython writes bytes as a string
  } else if (isinst(v, &list_type)) {
    List* l = (List*)v;
    return dump_seq(b, l->len, l->items, seps, depth);
  } else if (isinst(v, &tuple_type)) return dump_seq(b, tuple_len(v), tuple_items(v), seps, depth);
  else if (isinst(v, &dict_type)) {
    Map* m = &((Dict*)v)->map;
    buf_addc(b, '{');
    bool first = true;
    for (uint32_t i = 0; i < m->n; i++) {
      MapEntry* e = &m->entries[i];
      if (!e->key || !e->value) continue;
      if (!first) buf_adds(b, seps.item);
      first = false;
      if (!dump_key(b, e->key)) return false;
      buf_adds(b, seps.key);
      if (!dump_value(b, e->value, seps, depth + 1)) return false;
    }
    buf_addc(b, '}');
  } else {
    raise(&TypeError_type, "Object of type %s is not JSON serializable", type_cname(v));
    return false;
  }
  return !b->failed;
}

bool read_seps(int n, int k, const Val* a, Seps* seps) {
  seps->item = ", ";
  seps->key = ": ";
  Val s = kw_arg(n, k, a, str_intern_cstr("separators"));
  if (!s || s == None) return true;
  Val parts[2];
  if (!unpack_sequence(s, 2, parts)) return false;
  if (!is_str(parts[0]) || !is_str(parts[1])) {
    raise(&TypeError_type, "separators must be strings");
    return false;
  }
  seps->item = str_data(parts[0]);
  seps->key = str_data(parts[1]);
  return true;
}

Val dumps_impl(Val v, const Seps& seps) {
  Buf b;
  buf_init(&b, 64);
  if (!dump_value(&b, v, seps, 0)) return nullptr;
  return buf_to_str(&b);
}

Val json_dumps(int n, int k, const Val* a) {
  Seps seps;
  if (!read_seps(n, k, a, &seps)) return nullptr;
  return dumps_impl(a[0], seps);
}
Val json_dump(int n, int k, const Val* a) {
  Seps seps;
  if (!read_seps(n, k, a, &seps)) return nullptr;
  Val s = dumps_impl(a[0], seps);
  if (!s) return nullptr;
  return call_method(a[1], Q(write), 1, &s) ? None : nullptr;
}

// ---- parsing ----
struct Parser { const char* p; const char* end; int depth; };

Val syntax() { return raise(&ValueError_type, "syntax error in JSON"); }

void skip_ws(Parser* ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) ps->p++;
}

bool match_word(Parser* ps, const char* w) {
  size_t n = strlen(w);
  if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, w, n) != 0) return false;
  ps->p += n;
  return true;
}

int hex4(const char* p) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

Val parse_string(Parser* ps) {
  ps->p++;  // opening quote
  Buf b;
  buf_init(&b, 16);
  while (ps->p < ps->end && *ps->p != '"') {
    char c = *ps->p++;
    if (c != '\\') {
      buf_addc(&b, c);
      continue;
    }
    if (ps->p >= ps->end) return syntax();
    char e = *ps->p++;
    switch (e) {
      case 'n': buf_addc(&b, '\n'); break;
      case 't': buf_addc(&b, '\t'); break;
      case 'r': buf_addc(&b, '\r'); break;
      case 'b': buf_addc(&b, '\b'); break;
      case 'f': buf_addc(&b, '\f'); break;
      case '"': case '\\': case '/': buf_addc(&b, e); break;
      case 'u': {
        if (ps->end - ps->p < 4) return syntax();
        int cp = hex4(ps->p);
        if (cp < 0) return syntax();
        ps->p += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u') {
          int lo = hex4(ps->p + 2);
          if (lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            ps->p += 6;
          }
        }
        buf_add_utf8(&b, (uint32_t)cp);
        break;
      }
      default: return syntax();
    }
  }
  if (ps->p >= ps->end) return syntax();
  ps->p++;
  return buf_to_str(&b);
}

Val parse_number(Parser* ps) {
  const char* s = ps->p;
  bool is_float = false;
  if (ps->p < ps->end && *ps->p == '-') ps->p++;
  const char* digits = ps->p;
  if (ps->p < ps->end && *ps->p == '0') ps->p++;  // no leading zeros: "01" is two values
  else
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ps->p++;
  if (ps->p == digits) return syntax();
  if (ps->p < ps->end && *ps->p == '.') {
    is_float = true;
    ps->p++;
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ps->p++;
  }
  if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
    is_float = true;
    ps->p++;
    if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-')) ps->p++;
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ps->p++;
  }
  if (!is_float) return int_parse(s, (size_t)(ps->p - s), 10, false);
  double d;
  scan_double(s, ps->p, &d);
  return float_new(d);
}

Val parse_value(Parser* ps) {
  if (++ps->depth > 200) return raise(&RuntimeError_type, "maximum recursion depth exceeded");
  skip_ws(ps);
  if (ps->p >= ps->end) return syntax();
  Val r;
  char c = *ps->p;
  if (c == '"') r = parse_string(ps);
  else if (c == '-' || (c >= '0' && c <= '9')) r = parse_number(ps);
  else if (match_word(ps, "null")) r = None;
  else if (match_word(ps, "true")) r = True_;
  else if (match_word(ps, "false")) r = False_;
  else if (match_word(ps, "NaN")) r = float_new(NAN);
  else if (match_word(ps, "Infinity")) r = float_new(INFINITY);
  else if (c == '[') {
    ps->p++;
    r = list_new(0);
    if (!r) return nullptr;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ']') ps->p++;
    else
      for (;;) {
        Val v = parse_value(ps);
        if (!v || list_append(r, v) < 0) return nullptr;
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
        if (ps->p < ps->end && *ps->p == ']') { ps->p++; break; }
        return syntax();
      }
  } else if (c == '{') {
    ps->p++;
    r = dict_new(4);
    if (!r) return nullptr;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == '}') ps->p++;
    else
      for (;;) {
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != '"') return syntax();
        Val k = parse_string(ps);
        if (!k) return nullptr;
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != ':') return syntax();
        ps->p++;
        Val v = parse_value(ps);
        if (!v || dict_set(r, k, v) < 0) return nullptr;
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
        if (ps->p < ps->end && *ps->p == '}') { ps->p++; break; }
        return syntax();
      }
  } else return syntax();
  ps->depth--;
  return r;
}

Val loads_impl(Val text) {
  Buffer b;
  const char* s;
  size_t n;
  if (is_str(text)) {
    s = str_data(text);
    n = str_len(text);
  } else if (arg_buffer(text, &b)) {
    s = (const char*)b.data;
    n = b.len;
  } else return nullptr;
  Parser ps = {s, s + n, 0};
  Val v = parse_value(&ps);
  if (!v) return nullptr;
  skip_ws(&ps);
  if (ps.p != ps.end) return syntax();
  return v;
}
Val json_loads(int, int, const Val* a) { return loads_impl(a[0]); }
Val json_load(int, int, const Val* a) {
  Val s = call_method(a[0], Q(read), 0, nullptr);
  return s ? loads_impl(s) : nullptr;
}

const MethodDef json_fns[] = {
  {"dumps", json_dumps, 1, 1, NF_KW}, {"dump", json_dump, 2, 2, NF_KW}, {"loads", json_loads, 1, 1, 0},
  {"load", json_load, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val json_module() { return module_from_table("json", json_fns); }

}  // namespace py
