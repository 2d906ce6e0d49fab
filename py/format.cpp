// String formatting: format specs (format(), f-strings, str.format) and printf-style %.
#include <math.h>
#include <stdlib.h>

#include "runtime.h"

namespace py {

Val ascii_of(Val v);

namespace {

struct Spec {
  char fill = ' ';
  char align = 0;  // < > ^ =
  char sign = 0;  // 0 when absent, else + - or space
  bool alt = false;
  bool zero = false;
  int width = -1;
  char group = 0;
  int prec = -1;
  char type = 0;
  size_t fill_len = 1;
  const char* fill_utf8 = nullptr;
  int min_digits = 0;  // printf-style %.Nd: pad the digits with zeros to at least N
};

constexpr int COUNT_MAX = 100000000;

// the decimal digits at *p, which is moved past them; past COUNT_MAX it stops counting
// (a width or position that large is an error, not an overflow)
int read_count(const char** p, const char* e) {
  int n = 0;
  for (; *p < e && **p >= '0' && **p <= '9'; (*p)++)
    if (n <= COUNT_MAX) n = n * 10 + (**p - '0');
  return n;
}

bool parse_spec(Val specv, Spec* s) {
  const char* p = str_data(specv);
  const char* e = p + str_len(specv);
  // fill + align (fill may be a multi-byte character)
  if (p < e) {
    const char* q = p;
    utf8_decode(&q, e);
    if (q < e && (*q == '<' || *q == '>' || *q == '^' || *q == '=')) {
      s->fill_utf8 = p;
      s->fill_len = q - p;
      s->fill = *p;
      s->align = *q;
      p = q + 1;
    } else if (*p == '<' || *p == '>' || *p == '^' || *p == '=') {
      s->align = *p++;
    }
  }
  if (p < e && (*p == '+' || *p == '-' || *p == ' ')) s->sign = *p++;
  if (p < e && *p == '#') { s->alt = true; p++; }
  if (p < e && *p == '0') { s->zero = true; p++; }
  if (p < e && *p >= '0' && *p <= '9') s->width = read_count(&p, e);
  if (p < e && (*p == ',' || *p == '_')) s->group = *p++;
  if (p < e && *p == '.') {
    p++;
    if (p >= e || *p < '0' || *p > '9') {
      raise(&ValueError_type, "Format specifier missing precision");
      return false;
    }
    s->prec = read_count(&p, e);
  }
  if (s->width > COUNT_MAX || s->prec > COUNT_MAX) {
    raise(&ValueError_type, "Too many decimal digits in format string");
    return false;
  }
  if (p < e) s->type = *p++;
  if (p != e) {
    raise(&ValueError_type, "Invalid format specifier");
    return false;
  }
  return true;
}

size_t char_count(const char* s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((uint8_t)s[i] & 0xc0) != 0x80;
  return c;
}

void add_fill(Buf* b, const Spec& s, intptr_t n) {
  for (intptr_t i = 0; i < n && !b->failed; i++) {
    if (s.fill_utf8) buf_add(b, s.fill_utf8, s.fill_len);
    else buf_addc(b, s.fill);
  }
}

// body: digits without sign; sign: "" or "-" / "+" / " "; prefix e.g. 0x
void pad_number(Buf* b, const Spec& s, const char* sign, const char* prefix, const char* body, size_t blen) {
  size_t len = strlen(sign) + strlen(prefix) + char_count(body, blen);
  char align = s.align ? s.align : '>';
  Spec sp = s;
  if (s.zero && !s.align) {
    align = '=';
    sp.fill = '0';
    sp.fill_utf8 = nullptr;
  }
  intptr_t pad = s.width > (int)len ? s.width - (intptr_t)len : 0;
  if (align == '=') {
    buf_adds(b, sign);
    buf_adds(b, prefix);
    add_fill(b, sp, pad);
    buf_add(b, body, blen);
    return;
  }
  intptr_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  add_fill(b, sp, left);
  buf_adds(b, sign);
  buf_adds(b, prefix);
  buf_add(b, body, blen);
  add_fill(b, sp, pad - left);
}

void pad_text(Buf* b, const Spec& s, const char* t, size_t n) {
  size_t len = char_count(t, n);
  intptr_t pad = s.width > (int)len ? s.width - (intptr_t)len : 0;
  char align = s.align ? s.align : '<';
  intptr_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  add_fill(b, s, left);
  buf_add(b, t, n);
  add_fill(b, s, pad - left);
}

// insert grouping separators into a run of digits
void group_digits(Buf* out, const char* d, size_t n, char sep, int every) {
  size_t first = n % every;
  if (first == 0) first = every;
  for (size_t i = 0; i < n; i++) {
    if (i && (i - first) % every == 0 && i >= first) buf_addc(out, sep);
    buf_addc(out, d[i]);
  }
}

bool format_int(Buf* b, Val v, Spec& s) {
  char t = s.type ? s.type : 'd';
  if (t == 'c') {
    if (s.sign) return raise(&ValueError_type, "Sign not allowed with integer format specifier 'c'"), false;
    if (s.alt) return raise(&ValueError_type, "Alternate form (#) not allowed with integer format specifier 'c'"), false;
    if (s.group) return raise(&ValueError_type, "Cannot specify '%c' with 'c'.", s.group), false;
    bool ok;
    intptr_t c = int_as_ssize(v, &ok);
    if (!ok) return false;
    Buf tmp;
    buf_init(&tmp, 8);
    buf_add_utf8(&tmp, (uint32_t)c);
    // 'c' is an integer presentation: right-aligned by default, and a leading 0 pads with zeros.
    Spec cs = s;
    if (!cs.align) {
      cs.align = '>';
      if (cs.zero) { cs.fill = '0'; cs.fill_utf8 = nullptr; }
    }
    pad_text(b, cs, tmp.data, tmp.len);
    return true;
  }
  int base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
  if (!strchr("dnxXob", t)) {
    raise(&ValueError_type, "Unknown format code '%c' for object of type 'int'", t);
    return false;
  }
  bool neg = int_sign(v) < 0;
  const char* sign = neg ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
  const char* prefix = "";
  if (s.alt) prefix = base == 16 ? (t == 'X' ? "0X" : "0x") : base == 8 ? "0o" : base == 2 ? "0b" : "";
  if (is_small(v) && !s.group && !s.min_digits) {  // the common case, without allocating
    intptr_t x = small_val(v);
    char tmp[72];
    char* e = tmp + sizeof tmp;
    char* d = small_int_digits(x < 0 ? -(uintptr_t)x : (uintptr_t)x, base, t == 'X', e);
    pad_number(b, s, sign, prefix, d, (size_t)(e - d));
    return true;
  }
  Val a = neg ? unop(UN_NEG, v) : v;
  if (!a) return false;
  Val digits = int_format_base(a, base, false, t == 'X');
  if (!digits) return false;
  if ((size_t)s.min_digits > str_len(digits)) {
    Buf z;
    buf_init(&z, s.min_digits);
    for (size_t i = str_len(digits); i < (size_t)s.min_digits; i++) buf_addc(&z, '0');
    buf_add(&z, str_data(digits), str_len(digits));
    digits = buf_to_str(&z);
    if (!digits) return false;
  }
  if (s.group) {
    Buf g;
    buf_init(&g, str_len(digits) * 2);
    group_digits(&g, str_data(digits), str_len(digits), s.group, base == 10 ? 3 : 4);
    pad_number(b, s, sign, prefix, g.data, g.len);
  } else pad_number(b, s, sign, prefix, str_data(digits), str_len(digits));
  return true;
}

bool format_float(Buf* b, double d, Spec& s) {
  char t = s.type;
  Buf body;
  buf_init(&body, 32);
  bool neg = signbit(d) && !isnan(d);
  double a = fabs(d);
  if (t == '%') {
    format_double(&body, a * 100, 'f', s.prec < 0 ? 6 : s.prec, s.alt);
    buf_addc(&body, '%');
  } else if (t == 0) {
    if (s.prec < 0) format_double(&body, a, 'r', 0, false);
    else {
      format_double(&body, a, 'g', s.prec == 0 ? 1 : s.prec, s.alt);
      bool has_dot = false;
      for (size_t i = 0; i < body.len; i++)
        if (body.data[i] == '.' || body.data[i] == 'e' || body.data[i] == 'n' || body.data[i] == 'i') has_dot = true;
      if (!has_dot) buf_adds(&body, ".0");
    }
  } else if (strchr("eEfFgGn", t)) {
    format_double(&body, a, t == 'n' ? 'g' : t, s.prec, s.alt);
  } else {
    raise(&ValueError_type, "Unknown format code '%c' for object of type 'float'", t);
    return false;
  }
  const char* sign = neg ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
  if (s.group) {
    // group the integer part only
    size_t ip = 0;
    while (ip < body.len && body.data[ip] >= '0' && body.data[ip] <= '9') ip++;
    Buf g;
    buf_init(&g, body.len * 2);
    group_digits(&g, body.data, ip, s.group, 3);
    buf_add(&g, body.data + ip, body.len - ip);
    pad_number(b, s, sign, "", g.data, g.len);
  } else pad_number(b, s, sign, "", body.data, body.len);
  return true;
}

}  // namespace

Val format_value(Val v, Val specv) {
  Type* t = type_of(v);
  if (t->flags & TF_USER) {
    Val f = type_lookup(t, Q(__format__));
    if (f && !is_small(f) && f->type != &native_func_type) return call2(f, v, specv);
  }
  Spec s;
  if (!parse_spec(specv, &s)) return nullptr;
  Buf b;
  buf_init(&b, 32);
  bool is_bool = v == True_ || v == False_;
  if (is_int(v) && !(is_bool && !s.type)) {
    if (s.type && strchr("eEfFgG%", s.type)) {
      if (!format_float(&b, int_to_double(v), s)) return nullptr;
    } else {
      if (s.prec >= 0) return raise(&ValueError_type, "Precision not allowed in integer format specifier");
      if (!format_int(&b, v, s)) return nullptr;
    }
    return buf_to_str(&b);
  }
  double d;
  if (!is_small(v) && (t == &float_type || is_subtype(t, &float_type)) && to_double(v, &d)) {
    if (s.type && strchr("dxXobc", s.type))
      return raise(&ValueError_type, "Unknown format code '%c' for object of type 'float'", s.type);
    if (!format_float(&b, d, s)) return nullptr;
    return buf_to_str(&b);
  }
  if (str_len(specv) == 0) return str_of(v);
  Val str = str_of(v);
  if (!str) return nullptr;
  if (s.type && s.type != 's') return raise(&ValueError_type, "Unknown format code '%c' for object of type '%s'", s.type, t->name);
  if (s.sign == ' ') return raise(&ValueError_type, "Space not allowed in string format specifier");
  if (s.sign) return raise(&ValueError_type, "Sign not allowed in string format specifier");
  if (s.alt) return raise(&ValueError_type, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') return raise(&ValueError_type, "'=' alignment not allowed in string format specifier");
  if (s.group) return raise(&ValueError_type, "Cannot specify '%c' with 's'.", s.group);
  const char* p = str_data(str);
  size_t n = str_len(str);
  if (s.prec >= 0) n = utf8_offset(str, s.prec) < n ? utf8_offset(str, s.prec) : n;
  pad_text(&b, s, p, n);
  return buf_to_str(&b);
}

// ---- printf-style % ------------------------------------------------------------------------
Val str_modulo(Val fmtv, Val args) {
  const char* p = str_data(fmtv);
  const char* e = p + str_len(fmtv);
  size_t nargs;
  Val* items;
  Val single[1] = {args};
  bool is_map = !is_small(args) && (isinst(args, &dict_type));
  if (!is_small(args) && isinst(args, &tuple_type)) {
    nargs = tuple_len(args);
    items = tuple_items(args);
  } else {
    nargs = 1;
    items = single;
  }
  size_t ai = 0;
  Buf b;
  buf_init(&b, str_len(fmtv) + 16);
  while (p < e) {
    if (*p != '%') {
      const char* q = p;
      while (q < e && *q != '%') q++;
      buf_add(&b, p, q - p);
      p = q;
      continue;
    }
    p++;
    if (p >= e) return raise(&ValueError_type, "incomplete format");
    if (*p == '%') {
      buf_addc(&b, '%');
      p++;
      continue;
    }
    Val arg = nullptr;
    if (*p == '(') {
      const char* ks = ++p;
      int depth = 1;
      while (p < e && depth) {
        if (*p == '(') depth++;
        else if (*p == ')') depth--;
        if (depth) p++;
      }
      if (p >= e) return raise(&ValueError_type, "incomplete format key");
      Val key = str_new(ks, p - ks);
      p++;
      if (!key) return nullptr;
      if (!is_map) return raise(&TypeError_type, "format requires a dict");
      arg = subscr(args, key);
      if (!arg) return nullptr;
    }
    Spec s;
    s.align = '>';
    bool left = false;
    for (; p < e; p++) {
      if (*p == '-') left = true;
      else if (*p == '+') s.sign = '+';
      else if (*p == ' ') { if (s.sign != '+') s.sign = ' '; }
      else if (*p == '#') s.alt = true;
      else if (*p == '0') s.zero = true;
      else break;
    }
    if (p < e && *p == '*') {
      if (ai >= nargs) return raise(&TypeError_type, "not enough arguments for format string");
      bool ok;
      s.width = (int)int_as_ssize(items[ai++], &ok);
      if (!ok) return nullptr;
      if (s.width < 0) { left = true; s.width = -s.width; }
      p++;
    } else if (p < e && *p >= '0' && *p <= '9') {
      s.width = 0;
      while (p < e && *p >= '0' && *p <= '9' && s.width <= 100000000) s.width = s.width * 10 + (*p++ - '0');
    }
    if (s.width > 100000000) return raise(&ValueError_type, "width too big");
    if (p < e && *p == '.') {
      p++;
      s.prec = 0;
      if (p < e && *p == '*') {
        if (ai >= nargs) return raise(&TypeError_type, "not enough arguments for format string");
        bool ok;
        s.prec = (int)int_as_ssize(items[ai++], &ok);
        if (!ok) return nullptr;
        p++;
      } else
        while (p < e && *p >= '0' && *p <= '9' && s.prec <= 100000000) s.prec = s.prec * 10 + (*p++ - '0');
      if (s.prec > 100000000) return raise(&ValueError_type, "precision too big");
    }
    if (p >= e) return raise(&ValueError_type, "incomplete format");
    char t = *p++;
    if (left) { s.align = '<'; s.zero = false; }
    if (s.zero && !left) { s.align = '='; s.fill = '0'; }
    if (!arg) {
      if (is_map && nargs == 1 && items == single) arg = args;
      else {
        if (ai >= nargs) return raise(&TypeError_type, "format string needs more arguments");
        arg = items[ai++];
      }
    }
    switch (t) {
      case 's': case 'r': case 'a': {
        Val sv = t == 's' ? str_of(arg) : t == 'a' ? ascii_of(arg) : repr(arg);
        if (!sv) return nullptr;
        size_t n = str_len(sv);
        if (s.prec >= 0) {
          size_t off = utf8_offset(sv, s.prec);
          if (off < n) n = off;
        }
        Spec ts = s;
        ts.fill = ' ';
        ts.align = left ? '<' : '>';
        pad_text(&b, ts, str_data(sv), n);
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Val iv = arg;
        if (!is_int(iv)) {
          double d;
          if (to_double(iv, &d)) iv = int_from_double(d);
          else {
            Val x = getattr_opt(iv, Q(__int__));
            if (!x) return raise(&TypeError_type, "%%%c format: a number is required, not %s", t, type_cname(arg));
            iv = call0(x);
          }
          if (!iv) return nullptr;
        }
        s.type = t == 'i' || t == 'u' ? 'd' : t;
        // A precision is the minimum digit count (the '0' flag still pads the width).
        if (s.prec >= 0) {
          s.min_digits = s.prec;
          s.prec = -1;
        }
        if (!format_int(&b, iv, s)) return nullptr;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!to_double(arg, &d)) {
          Val fv = unop(UN_FLOAT, arg);
          if (!fv) {
            exc_take();
            return raise(&TypeError_type, "must be real number, not %s", type_cname(arg));
          }
          d = float_val(fv);
        }
        s.type = t;
        if (s.prec < 0) s.prec = 6;
        if (!format_float(&b, d, s)) return nullptr;
        break;
      }
      case 'c': {
        Buf tmp;
        buf_init(&tmp, 8);
        if (is_str(arg)) {
          if (((Str*)arg)->clen != 1) return raise(&TypeError_type, "%%c requires int or char");
          buf_add(&tmp, str_data(arg), str_len(arg));
        } else if (is_int(arg)) {
          bool ok;
          intptr_t c = int_as_ssize(arg, &ok);
          if (!ok) return nullptr;
          buf_add_utf8(&tmp, (uint32_t)c);
        } else return raise(&TypeError_type, "%%c requires int or char");
        Spec ts = s;
        ts.fill = ' ';
        ts.align = left ? '<' : '>';
        pad_text(&b, ts, tmp.data, tmp.len);
        break;
      }
      default:
        return raise(&ValueError_type, "unsupported format character '%c' (0x%x) at index %d", t, (unsigned char)t,
                     (int)(p - str_data(fmtv) - 1));
    }
  }
  if (ai < nargs && !is_map) return raise(&TypeError_type, "not all arguments converted during string formatting");
  return buf_to_str(&b);
}

// ---- str.format --------------------------------------------------------------------------
static Val format_field(Val name, int npos, int nkw, const Val* args, int* auto_idx) {
  const char* p = str_data(name);
  const char* e = p + str_len(name);
  const char* q = p;
  while (q < e && *q != '.' && *q != '[') q++;
  Val obj;
  if (q == p) {
    if (*auto_idx < 0) return raise(&ValueError_type, "cannot switch from manual field specification to automatic field numbering");
    int i = (*auto_idx)++;
    if (i + 1 >= npos) return raise(&IndexError_type, "Replacement index %d out of range for positional args tuple", i);
    obj = args[i + 1];
  } else if (*p >= '0' && *p <= '9') {
    if (*auto_idx > 0) return raise(&ValueError_type, "cannot switch from automatic field numbering to manual field specification");
    *auto_idx = -1;
    const char* digits = p;
    int i = read_count(&digits, q);
    if (i + 1 >= npos) return raise(&IndexError_type, "Replacement index %d out of range for positional args tuple", i);
    obj = args[i + 1];
  } else {
    Val key = str_intern(p, q - p);
    if (!key) return nullptr;
    obj = kw_arg(npos, nkw, args, key);
    if (!obj) {
      Val ke = exc_new(&KeyError_type, 1, &key);
      return ke ? raise_obj(ke) : nullptr;
    }
  }
  while (q < e) {
    if (*q == '.') {
      const char* s = ++q;
      while (q < e && *q != '.' && *q != '[') q++;
      Val attr = str_intern(s, q - s);
      if (!attr) return nullptr;
      obj = getattr(obj, attr);
    } else {
      const char* s = ++q;
      while (q < e && *q != ']') q++;
      if (q >= e) return raise(&ValueError_type, "Missing ']' in format string");
      Val key;
      bool digits = q > s;
      for (const char* r = s; r < q; r++)
        if (*r < '0' || *r > '9') digits = false;
      if (digits) key = int_parse(s, (size_t)(q - s), 10, false);
      else key = str_new(s, q - s);
      if (!key) return nullptr;
      q++;
      obj = subscr(obj, key);
    }
    if (!obj) return nullptr;
  }
  return obj;
}

static bool format_into(Buf* b, const char* p, const char* e, int npos, int nkw, const Val* args, int* auto_idx, int depth);

static Val expand_spec(const char* s, const char* e, int npos, int nkw, const Val* args, int* auto_idx, int depth) {
  Buf b;
  buf_init(&b, 16);
  if (!format_into(&b, s, e, npos, nkw, args, auto_idx, depth + 1)) return nullptr;
  return buf_to_str(&b);
}

static bool format_into(Buf* b, const char* p, const char* e, int npos, int nkw, const Val* args, int* auto_idx, int depth) {
  if (depth > 2) {
    raise(&ValueError_type, "Max string recursion exceeded");
    return false;
  }
  while (p < e) {
    char c = *p;
    if (c == '{' && p + 1 < e && p[1] == '{') { buf_addc(b, '{'); p += 2; continue; }
    if (c == '}' && p + 1 < e && p[1] == '}') { buf_addc(b, '}'); p += 2; continue; }
    if (c == '}') {
      raise(&ValueError_type, "Single '}' encountered in format string");
      return false;
    }
    if (c != '{') { buf_addc(b, c); p++; continue; }
    p++;
    const char* fs = p;
    int d = 0;
    const char* conv = nullptr;
    const char* colon = nullptr;
    while (p < e) {
      if (*p == '{') d++;
      else if (*p == '}') {
        if (d == 0) break;
        d--;
      } else if (*p == '!' && d == 0 && !colon && !conv) conv = p;
      else if (*p == ':' && d == 0 && !colon) colon = p;
      p++;
    }
    if (p >= e) {
      raise(&ValueError_type, "Single '{' encountered in format string");
      return false;
    }
    // The conversion is one character, then the spec's ':' or the closing '}'.
    if (conv && conv + 2 <= p && conv + 2 != p && conv + 2 != colon) {
      raise(&ValueError_type, "expected ':' after conversion specifier");
      return false;
    }
    const char* name_end = conv ? conv : colon ? colon : p;
    Val name = str_new(fs, name_end - fs);
    if (!name) return false;
    Val obj = format_field(name, npos, nkw, args, auto_idx);
    if (!obj) return false;
    if (conv) {
      char cc = conv + 1 < e ? conv[1] : 0;
      if (cc == 'r') obj = repr(obj);
      else if (cc == 'a') obj = ascii_of(obj);
      else if (cc == 's') obj = str_of(obj);
      else {
        raise(&ValueError_type, "Unknown conversion specifier %c", cc);
        return false;
      }
      if (!obj) return false;
    }
    Val spec = Q(empty);
    if (colon) {
      spec = expand_spec(colon + 1, p, npos, nkw, args, auto_idx, depth);
      if (!spec) return false;
    }
    Val r = format_value(obj, spec);
    if (!r) return false;
    buf_add(b, str_data(r), str_len(r));
    p++;
  }
  return true;
}

Val str_format_method(int npos, int nkw, const Val* args) {
  Val self = args[0];
  Buf b;
  buf_init(&b, str_len(self) + 16);
  int auto_idx = 0;
  if (!format_into(&b, str_data(self), str_data(self) + str_len(self), npos, nkw, args, &auto_idx, 0)) return nullptr;
  return buf_to_str(&b);
}

}  // namespace py
