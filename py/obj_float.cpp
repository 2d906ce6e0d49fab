// float (double) and complex.
#include <math.h>

#include "float_text.h"
#include "runtime.h"

namespace py {

Type float_type, complex_type;

Val float_new(double d) {
  Float* f = (Float*)gc_alloc_atomic(sizeof(Float));
  if (!f) return raise_no_memory();
  f->type = &float_type;
  f->v = d;
  return (Val)f;
}

Val complex_new(double re, double im) {
  Complex* c = (Complex*)alloc_obj(&complex_type, sizeof(Complex));
  if (!c) return nullptr;
  c->re = re;
  c->im = im;
  return (Val)c;
}

bool to_double(Val v, double* out) {
  if (is_small(v)) { *out = (double)small_val(v); return true; }
  if (v == True_ || v == False_) { *out = v == True_; return true; }
  if (v->type == &float_type || is_subtype(v->type, &float_type)) { *out = float_val(v); return true; }
  if (is_int(v)) { *out = int_to_double(v); return true; }
  return false;
}

static void format_repr(Buf* b, double d) {
  if (isnan(d)) { buf_adds(b, "nan"); return; }
  if (isinf(d)) { buf_adds(b, d < 0 ? "-inf" : "inf"); return; }
  if (d == 0) { buf_adds(b, signbit(d) ? "-0.0" : "0.0"); return; }
  char digits[24];
  int e;
  int n = double_digits(fabs(d), 'r', 0, digits, &e);
  if (d < 0) buf_addc(b, '-');
  if (e >= -4 && e < 16) {
    if (e < 0) {
      buf_adds(b, "0.");
      for (int i = 0; i < -e - 1; i++) buf_addc(b, '0');
      buf_add(b, digits, n);
    } else {
      for (int i = 0; i <= e; i++) buf_addc(b, i < n ? digits[i] : '0');
      buf_addc(b, '.');
      if (n > e + 1) buf_add(b, digits + e + 1, n - e - 1);
      else buf_addc(b, '0');
    }
  } else {
    buf_addc(b, digits[0]);
    if (n > 1) {
      buf_addc(b, '.');
      buf_add(b, digits + 1, n - 1);
    }
    buf_printf(b, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  }
}

// digits[0] stands for 10^point; the places outside digits[0, n) are zeros
static char digit_at(const char* digits, int n, int point, int place) {
  int i = point - place;
  return i >= 0 && i < n ? digits[i] : '0';
}

// [d]ddd.ddd: the integer part (at least "0"), then `decimals` places
static void put_fixed(Buf* b, const char* digits, int n, int point, int decimals, bool alt) {
  for (int place = point > 0 ? point : 0; place >= -decimals; place--) {
    if (place == -1) buf_addc(b, '.');
    buf_addc(b, digit_at(digits, n, point, place));
  }
  if (decimals == 0 && alt) buf_addc(b, '.');
}

// d.ddde+XX
static void put_exponent(Buf* b, const char* digits, int n, int point, int decimals, bool alt, bool upper) {
  put_fixed(b, digits, n, 0, decimals, alt);
  buf_printf(b, "%c%c%02d", upper ? 'E' : 'e', point < 0 ? '-' : '+', point < 0 ? -point : point);
}

// 'e', 'f', 'g' (upper case: 'E' and 'INF' / 'NAN') with a precision, the '#' form (keep
// the point, and for 'g' the trailing zeros); 'r' is repr
void format_double(Buf* b, double d, char fmt, int prec, bool alt) {
  if (fmt == 'r') { format_repr(b, d); return; }
  bool upper = fmt >= 'A' && fmt <= 'Z';
  if (isnan(d)) { buf_adds(b, upper ? "NAN" : "nan"); return; }
  if (signbit(d)) buf_addc(b, '-');
  d = fabs(d);
  if (isinf(d)) { buf_adds(b, upper ? "INF" : "inf"); return; }
  if (prec < 0) prec = 6;
  if (prec > 200) prec = 200;
  char digits[FLOAT_DIGITS_MAX];
  int point;
  char kind = (char)(fmt | 32);
  if (kind == 'f') {
    int n = double_digits(d, 'f', prec, digits, &point);
    put_fixed(b, digits, n, point, prec, alt);
  } else if (kind == 'e') {
    int n = double_digits(d, 'e', prec + 1, digits, &point);
    put_exponent(b, digits, n, point, prec, alt, upper);
  } else {  // 'g': prec significant digits, fixed while the exponent is in [-4, prec)
    if (prec == 0) prec = 1;
    int n = double_digits(d, 'e', prec, digits, &point);
    if (!alt)
      while (n > 0 && digits[n - 1] == '0') n--;
    if (point >= -4 && point < prec) {
      int decimals = alt ? prec - 1 - point : n - 1 - point;
      put_fixed(b, digits, n, point, decimals > 0 ? decimals : 0, alt);
    } else put_exponent(b, digits, n, point, alt ? prec - 1 : (n > 1 ? n - 1 : 0), alt, upper);
  }
}

Val float_binop_d(int op, double a, double b) {
  switch (op) {
    case OP_ADD: return float_new(a + b);
    case OP_SUB: return float_new(a - b);
    case OP_MUL: return float_new(a * b);
    case OP_TRUEDIV:
      if (b == 0) return raise(&ZeroDivisionError_type, "divide by zero");
      return float_new(a / b);
    case OP_FLOORDIV: case OP_MOD: {
      if (b == 0) return raise(&ZeroDivisionError_type, "divide by zero");
      // divmod as CPython computes it: remainder with the divisor's sign, the quotient
      // derived from it and rounded to the nearest integer
      double m = fmod(a, b);
      double div = (a - m) / b;
      if (m != 0) {
        if ((b < 0) != (m < 0)) {
          m += b;
          div -= 1.0;
        }
      } else m = copysign(0.0, b);
      if (op == OP_MOD) return float_new(m);
      double fd;
      if (div != 0) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
      } else fd = copysign(0.0, a / b);
      return float_new(fd);
    }
    case OP_POW:
      if (a == 0 && b < 0) return raise(&ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
      if (a < 0 && b != floor(b)) {
        // complex result
        double r = pow(-a, b), th = M_PI * b;
        return complex_new(r * cos(th), r * sin(th));
      }
      return float_new(pow(a, b));
    case OP_LT: return from_bool(a < b);
    case OP_LE: return from_bool(a <= b);
    case OP_GT: return from_bool(a > b);
    case OP_GE: return from_bool(a >= b);
    case OP_EQ: return from_bool(a == b);
    case OP_NE: return from_bool(a != b);
  }
  return NOTIMPL;
}

Val complex_binop_vals(int op, Val a, Val b);

static Val float_binop(int op, Val a, Val b) {
  bool rev = op & OP_REVERSED;
  op &= ~OP_REVERSED;
  if (op >= OP_INPLACE) return NOTIMPL;
  double x, y;
  if (!is_small(b) && b->type == &float_type) {
    x = float_val(a);
    y = float_val(b);
    if (rev) { double t = x; x = y; y = t; }
    return float_binop_d(op, x, y);
  }
  if (is_int(b) && op >= OP_LT && op <= OP_GE) return int_binop(op, a, b);
  if (!is_small(b) && b->type == &complex_type) return rev ? complex_binop_vals(op, b, a) : complex_binop_vals(op, a, b);
  if (!to_double(a, &x) || !to_double(b, &y)) return NOTIMPL;
  if (rev) { double t = x; x = y; y = t; }
  return float_binop_d(op, x, y);
}

static Val float_unop(int op, Val a) {
  double d = float_val(a);
  switch (op) {
    case UN_BOOL: return from_bool(d != 0);
    case UN_NEG: return float_new(-d);
    case UN_POS: return a->type == &float_type ? a : float_new(d);
    case UN_ABS: return float_new(fabs(d));
    case UN_FLOAT: return a->type == &float_type ? a : float_new(d);
    case UN_INT: return int_from_double(d);
    case UN_HASH: {
      if (d == floor(d) && fabs(d) < 1e18) return small((intptr_t)d);
      if (d == floor(d) && isfinite(d)) {  // equal ints and floats hash alike
        Val i = int_from_double(d);
        return i ? hash_val(i) : nullptr;
      }
      uint64_t bits;
      memcpy(&bits, &d, 8);
      return small((intptr_t)((bits ^ (bits >> 29)) & (SMALL_MAX >> 1)));
    }
  }
  return NOTIMPL;
}

static void float_print(Buf* b, Val v, bool as_repr) { format_repr(b, float_val(v)); }

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The text of a number: [p, e) without the spaces around it and without the '_' separators
// (allowed only between two digits), NUL-terminated. False when that is empty or a '_' is
// misplaced, or with MemoryError pending when out of memory.
static bool number_text(const char* p, const char* e, Buf* text) {
  while (p < e && is_space(*p)) p++;
  while (e > p && is_space(e[-1])) e--;
  if (p == e) return false;
  buf_init(text, (size_t)(e - p) + 1);
  bool last_digit = false;
  for (const char* q = p; q < e; q++) {
    if (*q == '_') {
      if (!last_digit || q + 1 >= e || !(q[1] >= '0' && q[1] <= '9')) return false;
      continue;
    }
    last_digit = *q >= '0' && *q <= '9';
    buf_addc(text, *q);
  }
  buf_addc(text, 0);
  if (text->failed) raise_no_memory();
  return !text->failed;
}

// Any number of digits (MicroPython's tests parse strings of 60-70 digits); false with
// no exception pending when the text is not a float, with MemoryError when out of memory.
static bool parse_float(const char* s, size_t n, double* out) {
  Buf text;
  return number_text(s, s + n, &text) && text_to_double(text.data, text.data + text.len - 1, out);
}

static Val float_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("float", npos, 0, 1)) return nullptr;
  Val r;
  if (npos == 0) r = float_new(0);
  else {
    Val a = args[0];
    double d;
    Buffer buf;
    if (is_str(a) || (!is_small(a) && a->type == &bytes_type)) {
      if (!parse_float(str_data(a), str_len(a), &d)) {
        if (exc_pending()) return nullptr;
        Val rp = repr(a);
        if (!rp) return nullptr;
        return raise(&ValueError_type, "could not convert string to float: %s", str_data(rp));
      }
      r = float_new(d);
    } else if (!is_small(a) && a->type->getbuffer && !to_double(a, &d) && a->type->getbuffer(a, &buf, false)) {
      // any other bytes-like object (bytearray, memoryview) holds the text of a number
      if (!parse_float((const char*)buf.data, buf.len, &d)) {
        if (exc_pending()) return nullptr;
        Val rp = repr(a);
        if (!rp) return nullptr;
        return raise(&ValueError_type, "could not convert string to float: %s", str_data(rp));
      }
      r = float_new(d);
    } else if (!is_small(a) && a->type == &float_type) r = a;
    else if (to_double(a, &d)) {
      if (is_int(a) && !is_small(a) && isinf(d)) return raise(&OverflowError_type, "int too large to convert to float");
      r = float_new(d);
    }
    else r = unop(UN_FLOAT, a);
  }
  if (!r || t == &float_type) return r;
  Float* f = (Float*)alloc_obj(t, t->instance_size);
  if (!f) return nullptr;
  f->v = float_val(r);
  return (Val)f;
}

static Val float_is_integer(int npos, int nkw, const Val* a) {
  double d = float_val(a[0]);
  return from_bool(isfinite(d) && d == floor(d));
}
static Val float_as_integer_ratio(int npos, int nkw, const Val* a) {
  double d = float_val(a[0]);
  if (isinf(d)) return raise(&OverflowError_type, "cannot convert Infinity to integer ratio");
  if (isnan(d)) return raise(&ValueError_type, "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(d, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2; e--; }
  Val num = int_from_double(m);
  Val den = small(1);
  if (!num) return nullptr;
  if (e > 0) num = int_binop(OP_LSHIFT, num, small(e));
  else den = int_binop(OP_LSHIFT, small(1), small(-e));
  if (!num || !den) return nullptr;
  Val t = tuple_new(2);
  if (!t) return nullptr;
  tuple_items(t)[0] = num;
  tuple_items(t)[1] = den;
  return t;
}
static Val float_real(Val self) { return float_new(float_val(self)); }
static Val float_imag(Val self) { return float_new(0); }
static Val float_conj(int npos, int nkw, const Val* a) { return float_new(float_val(a[0])); }

static const TypeMethod<&float_type> float_methods[] = {
  {"is_integer", float_is_integer, 1, 1, 0},
  {"as_integer_ratio", float_as_integer_ratio, 1, 1, 0},
  {"conjugate", float_conj, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- complex ---------------------------------------------------------------------------
static bool to_complex(Val v, double* re, double* im) {
  if (!is_small(v) && v->type == &complex_type) {
    *re = ((Complex*)v)->re;
    *im = ((Complex*)v)->im;
    return true;
  }
  *im = 0;
  return to_double(v, re);
}

Val complex_binop_vals(int op, Val a, Val b) {
  double ar, ai, br, bi;
  if (!to_complex(a, &ar, &ai) || !to_complex(b, &br, &bi)) return NOTIMPL;
  switch (op) {
    case OP_ADD: return complex_new(ar + br, ai + bi);
    case OP_SUB: return complex_new(ar - br, ai - bi);
    case OP_MUL: return complex_new(ar * br - ai * bi, ar * bi + ai * br);
    case OP_TRUEDIV: {
      double den = br * br + bi * bi;
      if (den == 0) return raise(&ZeroDivisionError_type, "complex divide by zero");
      return complex_new((ar * br + ai * bi) / den, (ai * br - ar * bi) / den);
    }
    case OP_POW: {
      if (bi == 0 && br == floor(br) && fabs(br) <= 64) {
        // integer powers by repeated multiplication: exact for small cases
        int k = (int)fabs(br);
        double rr = 1, ri = 0, xr = ar, xi = ai;
        while (k) {
          if (k & 1) { double t = rr * xr - ri * xi; ri = rr * xi + ri * xr; rr = t; }
          double t = xr * xr - xi * xi; xi = 2 * xr * xi; xr = t;
          k >>= 1;
        }
        if (br < 0) {
          double den = rr * rr + ri * ri;
          if (den == 0) return raise(&ZeroDivisionError_type, "0.0 to a negative or complex power");
          return complex_new(rr / den, -ri / den);
        }
        return complex_new(rr, ri);
      }
      if (ar == 0 && ai == 0) {
        if (br == 0 && bi == 0) return complex_new(1, 0);
        if (bi != 0 || br < 0) return raise(&ZeroDivisionError_type, "0.0 to a negative or complex power");
        return complex_new(0, 0);
      }
      double logr = log(hypot(ar, ai)), th = atan2(ai, ar);
      double x = exp(logr * br - th * bi), y = logr * bi + th * br;
      return complex_new(x * cos(y), x * sin(y));
    }
    case OP_EQ: return from_bool(ar == br && ai == bi);
    case OP_NE: return from_bool(!(ar == br && ai == bi));
  }
  return NOTIMPL;
}

static Val complex_binop(int op, Val a, Val b) {
  bool rev = op & OP_REVERSED;
  op &= ~OP_REVERSED;
  if (op >= OP_INPLACE) return NOTIMPL;
  if (op >= OP_LT && op <= OP_GE && op != OP_EQ && op != OP_NE) return NOTIMPL;
  return rev ? complex_binop_vals(op, b, a) : complex_binop_vals(op, a, b);
}

static Val complex_unop(int op, Val a) {
  Complex* c = (Complex*)a;
  switch (op) {
    case UN_BOOL: return from_bool(c->re != 0 || c->im != 0);
    case UN_NEG: return complex_new(-c->re, -c->im);
    case UN_POS: return a;
    case UN_ABS: return float_new(hypot(c->re, c->im));
    case UN_HASH: {
      double d = c->re * 1000003 + c->im;
      uint64_t bits;
      memcpy(&bits, &d, 8);
      return small((intptr_t)(bits & (SMALL_MAX >> 1)));
    }
  }
  return NOTIMPL;
}

static void complex_print(Buf* b, Val v, bool as_repr) {
  Complex* c = (Complex*)v;
  if (c->re == 0 && !signbit(c->re)) {
    format_repr(b, c->im);
    if (b->len >= 2 && b->data[b->len - 2] == '.' && b->data[b->len - 1] == '0') b->len -= 2;
    buf_addc(b, 'j');
    return;
  }
  buf_addc(b, '(');
  size_t s = b->len;
  format_repr(b, c->re);
  if (b->len - s >= 2 && b->data[b->len - 2] == '.' && b->data[b->len - 1] == '0') b->len -= 2;
  if (c->im >= 0 || isnan(c->im)) buf_addc(b, '+');
  s = b->len;
  format_repr(b, c->im);
  if (b->len - s >= 2 && b->data[b->len - 2] == '.' && b->data[b->len - 1] == '0') b->len -= 2;
  buf_adds(b, "j)");
}

static Val complex_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("complex", npos, 0, 2)) return nullptr;
  double r1 = 0, i1 = 0, r2 = 0, i2 = 0;
  if (npos >= 1) {
    if (is_str(args[0])) {
      // forms: "1+2j", "3j", "4", "-j", "(1+2j)", surrounding spaces allowed
      const char* p = str_data(args[0]);
      const char* e = p + str_len(args[0]);
      while (p < e && is_space(*p)) p++;
      while (e > p && is_space(e[-1])) e--;
      if (p < e && *p == '(' && e[-1] == ')') { p++; e--; }
      Buf text;
      if (!number_text(p, e, &text)) return exc_pending() ? nullptr : raise(&ValueError_type, "complex() arg is a malformed string");
      char* tmp = text.data;
      auto num = [](const char* q, char** end, double* out) -> bool {
        // a number, or an empty/sign-only string meaning 1 before 'j'
        const char* q0 = q;
        double v;
        *end = (char*)scan_double(q, q + strlen(q), &v);
        if (*end == q0) {
          double sign = 1;
          if (*q == '+' || *q == '-') { sign = *q == '-' ? -1 : 1; q++; }
          if (*q == 'j' || *q == 'J') { *end = (char*)q; *out = sign; return true; }
          return false;
        }
        *out = v;
        return true;
      };
      char* end;
      double a;
      if (!num(tmp, &end, &a)) return raise(&ValueError_type, "complex() arg is a malformed string");
      if (*end == 0) return complex_new(a, 0);
      if ((*end == 'j' || *end == 'J') && end[1] == 0) return complex_new(0, a);
      double bb;
      char* end2;
      if ((*end == '+' || *end == '-') && num(end, &end2, &bb) && (*end2 == 'j' || *end2 == 'J') && end2[1] == 0)
        return complex_new(a, bb);
      return raise(&ValueError_type, "complex() arg is a malformed string");
    }
    if (!to_complex(args[0], &r1, &i1)) return raise(&TypeError_type, "can't convert %s to complex", type_cname(args[0]));
  }
  if (npos == 2 && !to_complex(args[1], &r2, &i2)) return raise(&TypeError_type, "can't convert %s to complex", type_cname(args[1]));
  return complex_new(r1 - i2, i1 + r2);
}

static Val complex_real(Val self) { return float_new(((Complex*)self)->re); }
static Val complex_imag(Val self) { return float_new(((Complex*)self)->im); }
static Val complex_conj(int npos, int nkw, const Val* a) { return complex_new(((Complex*)a[0])->re, -((Complex*)a[0])->im); }
static const TypeMethod<&complex_type> complex_methods[] = {
  {"conjugate", complex_conj, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static const GetSetDef float_getsets[] = {
  {"real", float_real, nullptr},
  {"imag", float_imag, nullptr},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef complex_getsets[] = {
  {"real", complex_real, nullptr},
  {"imag", complex_imag, nullptr},
  {nullptr, nullptr, nullptr},
};

void float_types_init() {
  type_init(&float_type, "float", &object_type, TF_BASETYPE);
  float_type.print = float_print;
  float_type.binop = float_binop;
  float_type.unop = float_unop;
  float_type.make_new = float_make_new;
  float_type.instance_size = sizeof(Float);
  type_add_methods(&float_type, float_methods);
  type_set_getset_table(&float_type, float_getsets);
  type_init(&complex_type, "complex", &object_type, 0);
  complex_type.print = complex_print;
  complex_type.binop = complex_binop;
  complex_type.unop = complex_unop;
  complex_type.make_new = complex_make_new;
  type_add_methods(&complex_type, complex_methods);
  type_set_getset_table(&complex_type, complex_getsets);
}

}  // namespace py
