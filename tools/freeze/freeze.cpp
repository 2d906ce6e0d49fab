// pyvgl_freeze: compiles Python modules and writes their code objects as C++ const data
// (format in py/mod/frozen.h), so that a frozen module's bytecode, constants and names live
// in ROM and importing it allocates only what running its top level makes.
//
//   pyvgl_freeze [--no-stream] OUT.cpp ROOT FILE.py...
// Each FILE is a path under ROOT; its module name comes from the relative path
// (a/b.py -> "a.b", a/__init__.py -> package "a").
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "py/bytecode.h"
#include "py/compile.h"
#include "py/hal.h"
#include "py/qstr.h"
#include "py/runtime.h"

using namespace py;

namespace {

std::string module_name(const std::string& rel, bool* is_pkg) {
  std::string n = rel.substr(0, rel.size() - 3);  // drop .py
  *is_pkg = false;
  const std::string init = "/__init__";
  if (n.size() > init.size() && n.compare(n.size() - init.size(), init.size(), init) == 0) {
    n.resize(n.size() - init.size());
    *is_pkg = true;
  }
  for (char& c : n)
    if (c == '/') c = '.';
  return n;
}

std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char* f, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, f);
  vsnprintf(buf, sizeof buf, f, ap);
  va_end(ap);
  return buf;
}

// A C++ string literal of any bytes: octal escapes (never more than 3 digits, unlike \x).
std::string c_literal(const char* s, size_t n) {
  std::string o = "\"";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 32 && c < 127 && c != '"' && c != '\\' && c != '?') o += (char)c;
    else o += fmt("\\%03o", c);
  }
  return o + "\"";
}

// An exact double: hexadecimal, or the builtins for infinities and NaN.
std::string double_literal(double d) {
  if (d != d) return "__builtin_nan(\"\")";
  if (d > 1e308 * 10) return "__builtin_inf()";
  if (d < -1e308 * 10) return "-__builtin_inf()";
  return fmt("%a", d);
}

// The text of a Str initializer: hash precomputed (ROM is never written), data external at
// `data` (an address in the one frozen_text array).
std::string str_init(const char* type, Val v, bool interned, const std::string& data) {
  Str* s = (Str*)v;
  return fmt("{&%s, %uu, %uu, %uu, %d, 1, 0, {", type, str_hash(v), s->len, s->clen, interned ? 1 : 0) + data +
         "}}";
}

struct Writer {
  // The bytes of every frozen str and bytes, NUL-terminated, in one array: a symbol named
  // frozen_* (so the Cortex-M size check counts it with the frozen modules, which a string
  // literal per object escaped). Equal strings are shared and a string that ends another
  // one points into it (as the linker does with literals); the offsets are known once all
  // strings are in, so references hold a placeholder until then.
  std::vector<std::string> texts;
  std::map<std::string, size_t> text_index;
  std::string names;  // interned names not among the static ones
  std::string defs;   // every other object, each defined before its first use
  std::map<Val, std::string> name_sym;
  std::vector<std::pair<uint32_t, std::string>> name_index;  // (hash, symbol)
  int count = 0;
  std::string error;

  std::string sym(const char* kind) { return fmt("frozen_%s_%d", kind, count++); }

  std::string text_ref(Val v) {
    std::string bytes(str_data(v), str_len(v));
    auto it = text_index.emplace(bytes, texts.size()).first;
    if (it->second == texts.size()) texts.push_back(bytes);
    return fmt("frozen_text + @%zu@", it->second);
  }

  // Lays the strings out (longest first among those sharing an ending, the others pointing
  // into its tail), returns the array's definition and puts the offsets into `code`.
  std::string text_array(std::string* code) const {
    std::vector<size_t> order(texts.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = i;
    auto reversed = [&](size_t i) { return std::string(texts[i].rbegin(), texts[i].rend()); };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return reversed(a) > reversed(b); });
    std::vector<size_t> offset(texts.size());
    std::string body;
    size_t len = 0, owner = 0;
    bool have_owner = false;
    for (size_t i : order) {
      const std::string& t = texts[i];
      const std::string& o = texts[owner];
      if (have_owner && o.size() >= t.size() && o.compare(o.size() - t.size(), t.size(), t) == 0) {
        offset[i] = offset[owner] + o.size() - t.size();
        continue;
      }
      owner = i;
      have_owner = true;
      offset[i] = len;
      body += "  " + c_literal(t.c_str(), t.size() + 1) + "\n";
      len += t.size() + 1;
    }
    std::string out;
    for (size_t at = 0; at < code->size();) {
      size_t open = code->find('@', at);
      if (open == std::string::npos) {
        out.append(*code, at, std::string::npos);
        break;
      }
      size_t close = code->find('@', open + 1);
      out.append(*code, at, open - at);
      out += fmt("%zu", offset[std::stoul(code->substr(open + 1, close - open - 1))]);
      at = close + 1;
    }
    *code = out;
    return "static const char frozen_text[] =\n" + (body.empty() ? std::string("  \"\"\n") : body) + ";\n\n";
  }

  // An interned name: the static table's object, or one of the frozen names (which the
  // run-time intern table finds, so the name stays unique).
  std::string name_ref(Val v) {
    const Str* s = (const Str*)v;
    if (s >= qstr_table && s < qstr_table + QI_COUNT) return fmt("(Val)&qstr_table[%d]", (int)(s - qstr_table));
    auto it = name_sym.find(v);
    if (it != name_sym.end()) return "(Val)&" + it->second;
    std::string n = fmt("frozen_q_%d", (int)name_sym.size());
    names += "static const Str " + n + " = " + str_init("str_type", v, true, text_ref(v)) + ";\n";
    name_sym[v] = n;
    name_index.push_back({str_hash(v), n});
    return "(Val)&" + n;
  }

  std::string int_ref(Val v) {
    if (is_small(v)) {
      intptr_t i = small_val(v);
      // small on a 32-bit target too: a tagged word; else a small int where words are wider
      if (i >= -(1 << 29) && i < (1 << 29)) return fmt("PY_ROM_SMALL(%" PRIdPTR ")", i);
      uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
      std::string b = sym("big");
      defs += fmt("static const RomBigInt<2> %s = {&bigint_type, %d, %d, {%uu, %uu}};\n", b.c_str(),
                  m >> 32 ? 2 : 1, i < 0, (uint32_t)m, (uint32_t)(m >> 32));
      return fmt("PY_ROM_INT(%" PRIdPTR "LL, %s)", i, b.c_str());
    }
    BigInt* x = (BigInt*)v;
    std::string b = sym("big");
    std::string digits;
    for (uint32_t k = 0; k < x->len; k++) digits += fmt("%uu,", x->d[k]);
    defs += fmt("static const RomBigInt<%u> %s = {&bigint_type, %u, %u, {%s}};\n", x->len, b.c_str(), x->len,
                x->neg, digits.c_str());
    return "(Val)&" + b;
  }

  std::string ref(Val v) {
    if (v == None) return "(Val)&none_obj";
    if (v == True_) return "(Val)&true_obj";
    if (v == False_) return "(Val)&false_obj";
    if (v == &ellipsis_obj) return "(Val)&ellipsis_obj";
    if (is_small(v) || v->type == &bigint_type) return int_ref(v);
    if (v->type == &str_type && ((Str*)v)->interned) return name_ref(v);
    std::string s = sym("o");
    if (v->type == &str_type || v->type == &bytes_type) {
      defs += "static const Str " + s + " = " +
              str_init(v->type == &str_type ? "str_type" : "bytes_type", v, false, text_ref(v)) + ";\n";
    } else if (v->type == &float_type) {
      defs += "static const Float " + s + " = {&float_type, " + double_literal(float_val(v)) + "};\n";
    } else if (v->type == &complex_type) {
      Complex* c = (Complex*)v;
      defs += "static const Complex " + s + " = {&complex_type, " + double_literal(c->re) + ", " +
              double_literal(c->im) + "};\n";
    } else if (v->type == &tuple_type) {
      size_t n = tuple_len(v);
      std::string items;
      for (size_t i = 0; i < n; i++) items += ref(tuple_items(v)[i]) + ", ";
      defs += fmt("static const RomTuple<%zu> %s = {&tuple_type, %zu, {", n ? n : 1, s.c_str(), n) +
              (n ? items : "nullptr") + "}};\n";
    } else if (v->type == &code_type) {
      return code_ref((Code*)v);
    } else {
      error = std::string("cannot freeze a constant of type ") + type_of(v)->name;
      return "nullptr";
    }
    return "(Val)&" + s;
  }

  // A const array; nullptr when empty.
  template <class F>
  std::string array(const char* ctype, const char* kind, size_t n, F item) {
    if (!n) return "nullptr";
    std::string a = sym(kind), body;
    for (size_t i = 0; i < n; i++) body += item(i) + (i % 16 == 15 ? ",\n  " : ", ");
    defs += fmt("static const %s %s[%zu] = {\n  ", ctype, a.c_str(), n) + body + "\n};\n";
    return a;
  }

  // Brace-enclosed items; the member declaration goes into `members` (none when empty).
  template <class F>
  std::string member(std::string* members, const char* ctype, const char* field, size_t n, F item) {
    if (!n) return "";
    *members += fmt(" %s %s[%zu];", ctype, field, n);
    std::string body = ", {";
    for (size_t i = 0; i < n; i++) body += item(i) + (i % 16 == 15 ? ",\n  " : ", ");
    return body + "}";
  }

  // A code object as const data of Code's layout: the header followed by its arrays in one
  // struct (constants, slot names, cell slots, line table, bytecode).
  std::string code_ref(Code* c) {
    const uint8_t* bc = code_bc(c);
    std::vector<std::string> consts;
    for (uint32_t i = 0; i < c->nconsts; i++) consts.push_back(ref(code_consts(c)[i]));
    std::vector<std::string> vars;
    for (uint32_t i = 0; i < (uint32_t)c->nlocals + c->nfree; i++) vars.push_back(name_ref(code_varnames(c)[i]));
    std::string members, items;
    items += member(&members, "Val", "consts", consts.size(), [&](size_t i) { return consts[i]; });
    items += member(&members, "Val", "vars", vars.size(), [&](size_t i) { return vars[i]; });
    items += member(&members, "uint16_t", "cells", c->ncells, [&](size_t i) { return fmt("%u", code_cells(c)[i]); });
    items += member(&members, "uint8_t", "lines", c->lines_len, [&](size_t i) { return fmt("%u", code_lines(c)[i]); });
    items += member(&members, "uint8_t", "bc", c->bc_len, [&](size_t i) { return fmt("%u", bc[i]); });
    std::string name = name_ref(c->name), file = name_ref(c->filename);
    std::string s = sym("code");
    defs += "struct " + s + "_t { Code h;" + members + " };\nstatic const " + s + "_t " + s + " = {{&code_type, " +
            name + ", " + file + fmt(", %uu, %u, ", c->bc_len, c->lines_len) +
            fmt("%u, %u, %u, %u, %u, %u, %u, %d, %u, %u}", c->nconsts, c->nparams, c->nlocals, c->nfree, c->ncells,
                c->stacksize, c->flags & ~CO_BC_APART, c->class_slot, c->nkwonly, c->maxblocks) +
            items + "};\n";
    // code_bc finds the bytecode right after the line table
    defs += fmt("static_assert(offsetof(%s_t, bc) == sizeof(Code) + %zu * sizeof(Val) + %u * 2 + %u, \"layout\");\n",
                s.c_str(), consts.size() + vars.size(), c->ncells, c->lines_len);
    return "(Val)&" + s + ".h";
  }

  // The frozen names sorted by hash, for the intern table's binary search.
  std::string name_table() {
    std::sort(name_index.begin(), name_index.end());
    std::string t = fmt("extern const Str* const py_frozen_names[%zu] = {\n", name_index.size() + 1);
    for (auto& e : name_index) t += "  &" + e.second + ",\n";
    t += "  nullptr,\n};\n";
    return t + fmt("extern const int py_frozen_name_count = %zu;\n\n", name_index.size());
  }
};

}  // namespace

int main(int argc, char** argv) {
  int stack_marker = 0;
  if (argc > 1 && !strcmp(argv[1], "--no-stream")) {  // every statement one whole tree (see compile.h)
    g_stream_bodies = false;
    argv++;
    argc--;
  }
  if (argc < 3) {
    fprintf(stderr, "usage: pyvgl_freeze [--no-stream] OUT.cpp ROOT [FILE.py...]\n");
    return 2;
  }
  static char heap[32 * 1024 * 1024];
  Config cfg;
  cfg.heap = heap;
  cfg.heap_size = sizeof heap;
  cfg.stack_top = &stack_marker;
  if (!init(&cfg)) {
    fprintf(stderr, "pyvgl_freeze: interpreter start-up failed\n");
    return 1;
  }
  std::string root = argv[2];
  if (!root.empty() && root.back() != '/') root += '/';
  Writer w;
  std::string table;
  for (int i = 3; i < argc; i++) {
    std::string path = argv[i];
    std::string rel = path.compare(0, root.size(), root) == 0 ? path.substr(root.size()) : path;
    bool is_pkg;
    std::string name = module_name(rel, &is_pkg);
    int open_err = 0;
    Val code = compile_file(path.c_str(), str_intern_cstr(rel.c_str()), &open_err);
    if (!code) {
      if (open_err) fprintf(stderr, "pyvgl_freeze: cannot read %s\n", path.c_str());
      else print_exception(exc_take(), nullptr);
      return 1;
    }
    std::string ref = w.ref(code);  // allocates nothing: no collection while it is read
    if (!w.error.empty()) {
      fprintf(stderr, "pyvgl_freeze: %s: %s\n", path.c_str(), w.error.c_str());
      return 1;
    }
    table += fmt("  {\"%s\", %s, (const Code*)", name.c_str(), is_pkg ? "true" : "false") + ref.substr(5) + "},\n";
  }
  std::string code = w.names + "\n" + w.name_table() + w.defs;
  std::string text = w.text_array(&code);
  std::string out =
      "// Generated by tools/freeze from lib/: do not edit.\n#include \"py/mod/frozen.h\"\n\nnamespace py {\n\n" +
      text + code +
      "\nextern const FrozenModule py_frozen_modules[] = {\n" + table + "  {nullptr, false, nullptr},\n};\n" +
      fmt("extern const int py_frozen_count = %d;\n\n}  // namespace py\n", argc - 3);
  FILE* f = fopen(argv[1], "w");
  if (!f || fwrite(out.data(), 1, out.size(), f) != out.size()) {
    fprintf(stderr, "pyvgl_freeze: cannot write %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  return 0;
}
