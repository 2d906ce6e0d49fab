// The math module (the floats part of the language core depends on it in practice).
#include <math.h>

#include "../runtime.h"

namespace py {

namespace {

bool arg_double(Val v, double* out) {
  if (to_double(v, out)) return true;
  Val f = unop(UN_FLOAT, v);
  if (!f) {
    exc_take();
    raise(&TypeError_type, "can't convert %s to float", type_cname(v));
    return false;
  }
  *out = float_val(f);
  return true;
}

Val domain_error() { return raise(&ValueError_type, "math domain error"); }

Val check(double r, double x) {
  if (isnan(r) && !isnan(x)) return domain_error();
  if (isinf(r) && isfinite(x)) return raise(&OverflowError_type, "math range error");
  return float_new(r);
}

#define MATH_FN1(name, expr)                                   \
  Val m_##name(int n, int k, const Val* a) {                   \
    double x;                                                  \
    if (!arg_double(a[0], &x)) return nullptr;                 \
    return check(expr, x);                                     \
  }
MATH_FN1(exp, exp(x))
MATH_FN1(expm1, expm1(x))
MATH_FN1(sin, sin(x))
MATH_FN1(cos, cos(x))
MATH_FN1(tan, tan(x))
MATH_FN1(asin, asin(x))
MATH_FN1(acos, acos(x))
MATH_FN1(atan, atan(x))
MATH_FN1(sinh, sinh(x))
MATH_FN1(cosh, cosh(x))
MATH_FN1(tanh, tanh(x))
MATH_FN1(asinh, asinh(x))
MATH_FN1(acosh, acosh(x))
MATH_FN1(atanh, fabs(x) == 1 ? NAN : atanh(x))  // the poles are domain errors, as CPython
MATH_FN1(fabs, fabs(x))
MATH_FN1(erf, erf(x))
MATH_FN1(erfc, erfc(x))
MATH_FN1(gamma, x <= 0 && x == floor(x) && isfinite(x) ? NAN : tgamma(x))
MATH_FN1(lgamma, x <= 0 && x == floor(x) && isfinite(x) ? NAN : lgamma(x))
MATH_FN1(degrees, x * 180.0 / M_PI)
MATH_FN1(radians, x * M_PI / 180.0)
MATH_FN1(log1p, log1p(x))
#undef MATH_FN1

Val m_sqrt(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  if (x < 0) return domain_error();
  return float_new(sqrt(x));
}

Val m_log(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  if (x <= 0) return domain_error();
  double r = log(x);
  if (n > 1) {
    double b;
    if (!arg_double(a[1], &b)) return nullptr;
    if (b <= 0 || b == 1) return b == 1 ? raise(&ZeroDivisionError_type, "divide by zero") : domain_error();
    r /= log(b);
  }
  return float_new(r);
}
Val m_log2(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  if (x <= 0) return domain_error();
  return float_new(log2(x));
}
Val m_log10(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  if (x <= 0) return domain_error();
  return float_new(log10(x));
}

Val two_doubles(const Val* a, double* x, double* y) {
  if (!arg_double(a[0], x) || !arg_double(a[1], y)) return nullptr;
  return None;
}
Val m_pow(int n, int k, const Val* a) {
  double x, y;
  if (!two_doubles(a, &x, &y)) return nullptr;
  if (x == 0 && y < 0 && isfinite(y)) return domain_error();  // pow(0, -inf) is inf (Python 3.11)
  if (x < 0 && y != floor(y) && isfinite(y)) return domain_error();
  return check(pow(x, y), x + y);
}
Val m_atan2(int n, int k, const Val* a) {
  double x, y;
  if (!two_doubles(a, &x, &y)) return nullptr;
  return float_new(atan2(x, y));
}
Val m_fmod(int n, int k, const Val* a) {
  double x, y;
  if (!two_doubles(a, &x, &y)) return nullptr;
  if ((y == 0 || isinf(x)) && x == x && y == y) return domain_error();  // a NaN gives NaN
  return float_new(fmod(x, y));
}
Val m_copysign(int n, int k, const Val* a) {
  double x, y;
  if (!two_doubles(a, &x, &y)) return nullptr;
  return float_new(copysign(x, y));
}
Val m_hypot(int n, int k, const Val* a) {
  double acc = 0;
  for (int i = 0; i < n; i++) {
    double x;
    if (!arg_double(a[i], &x)) return nullptr;
    acc = hypot(acc, x);
  }
  return float_new(acc);
}
Val m_ldexp(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  bool ok;
  intptr_t e = int_as_ssize(a[1], &ok);
  if (!ok) return nullptr;
  return check(ldexp(x, (int)(e > 100000 ? 100000 : e < -100000 ? -100000 : e)), x);
}
Val pair(Val x, Val y) {
  if (!x || !y) return nullptr;
  Val t = tuple_new(2);
  if (!t) return nullptr;
  tuple_items(t)[0] = x;
  tuple_items(t)[1] = y;
  return t;
}
Val m_frexp(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  int e = 0;
  double m = isfinite(x) ? frexp(x, &e) : x;
  return pair(float_new(m), small(e));
}
Val m_modf(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  double ip;
  double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
  if (isinf(x)) ip = x;
  return pair(float_new(fp), float_new(ip));
}

Val to_int_rounded(const Val* a, double (*fn)(double), Val special) {
  if (is_int(a[0])) return unop(UN_POS, a[0]);
  if (!is_small(a[0]) && (type_of(a[0])->flags & TF_USER)) {
    Val f = getattr_opt(a[0], special);
    if (f) return call0(f);
    if (exc_pending()) return nullptr;
  }
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return int_from_double(fn(x));
}
Val m_ceil(int n, int k, const Val* a) { return to_int_rounded(a, ceil, Q(__ceil__)); }
Val m_floor(int n, int k, const Val* a) { return to_int_rounded(a, floor, Q(__floor__)); }
Val m_trunc(int n, int k, const Val* a) { return to_int_rounded(a, trunc, Q(__trunc__)); }

Val m_isfinite(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return from_bool(isfinite(x));
}
Val m_isinf(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return from_bool(isinf(x));
}
Val m_isnan(int n, int k, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return from_bool(isnan(x));
}
Val m_isclose(int n, int k, const Val* a) {
  double x, y;
  if (!two_doubles(a, &x, &y)) return nullptr;
  double rel = 1e-9, abs_tol = 0;
  Val r = kw_arg(n, k, a, str_intern_cstr("rel_tol"));
  Val t = kw_arg(n, k, a, str_intern_cstr("abs_tol"));
  if (r && !arg_double(r, &rel)) return nullptr;
  if (t && !arg_double(t, &abs_tol)) return nullptr;
  if (x == y) return True_;
  if (isinf(x) || isinf(y)) return False_;
  double d = fabs(x - y);
  return from_bool(d <= fabs(rel * y) || d <= fabs(rel * x) || d <= abs_tol);
}

Val m_gcd(int n, int k, const Val* a) {
  Val g = small(0);
  for (int i = 0; i < n; i++) {
    if (!is_int(a[i])) return raise(&TypeError_type, "'%s' object cannot be interpreted as an integer", type_cname(a[i]));
    Val x = unop(UN_ABS, a[i]);
    Val y = g;
    if (!x) return nullptr;
    while (int_sign(x) != 0) {
      Val r = binop(OP_MOD, y, x);
      if (!r) return nullptr;
      y = x;
      x = r;
    }
    g = y;
  }
  return g;
}
Val m_factorial(int n, int k, const Val* a) {
  if (!is_int(a[0])) return raise(&TypeError_type, "factorial() only accepts integral values");
  bool ok;
  intptr_t v = int_as_ssize(a[0], &ok);
  if (!ok) return nullptr;
  if (v < 0) return raise(&ValueError_type, "factorial() not defined for negative values");
  Val r = small(1);
  for (intptr_t i = 2; i <= v; i++) {
    r = binop(OP_MUL, r, small(i));
    if (!r) return nullptr;
  }
  return r;
}
Val m_fsum(int n, int k, const Val* a) {
  // Neumaier compensated summation
  Val it = getiter(a[0]);
  if (!it) return nullptr;
  double s = 0, c = 0;
  for (;;) {
    Val x = iternext(it);
    if (!x) return nullptr;
    if (x == STOP) break;
    double v;
    if (!arg_double(x, &v)) return nullptr;
    double t = s + v;
    if (fabs(s) >= fabs(v)) c += (s - t) + v;
    else c += (v - t) + s;
    s = t;
  }
  return float_new(s + c);
}
Val m_prod(int n, int k, const Val* a) {
  Val it = getiter(a[0]);
  if (!it) return nullptr;
  Val r = kw_arg(n, k, a, Q(start));
  if (!r) r = small(1);
  for (;;) {
    Val x = iternext(it);
    if (!x) return nullptr;
    if (x == STOP) return r;
    r = binop(OP_MUL, r, x);
    if (!r) return nullptr;
  }
}
Val m_isqrt(int n, int k, const Val* a) {
  if (!is_int(a[0])) return raise(&TypeError_type, "'%s' object cannot be interpreted as an integer", type_cname(a[0]));
  if (int_sign(a[0]) < 0) return raise(&ValueError_type, "isqrt() argument must be nonnegative");
  if (int_sign(a[0]) == 0) return small(0);
  // Newton iteration on integers
  Val x = a[0];
  Val y = binop(OP_RSHIFT, binop(OP_ADD, x, small(1)), small(1));
  if (!y) return nullptr;
  for (;;) {
    Val c = binop(OP_LT, y, x);
    if (!c) return nullptr;
    if (c != True_) return x;
    x = y;
    Val q = binop(OP_FLOORDIV, a[0], x);
    if (!q) return nullptr;
    y = binop(OP_RSHIFT, binop(OP_ADD, x, q), small(1));
    if (!y) return nullptr;
  }
}

const MethodDef math_fns[] = {
  {"sqrt", m_sqrt, 1, 1, 0}, {"exp", m_exp, 1, 1, 0}, {"expm1", m_expm1, 1, 1, 0}, {"log", m_log, 1, 2, 0},
  {"log2", m_log2, 1, 1, 0}, {"log10", m_log10, 1, 1, 0}, {"log1p", m_log1p, 1, 1, 0}, {"pow", m_pow, 2, 2, 0},
  {"sin", m_sin, 1, 1, 0}, {"cos", m_cos, 1, 1, 0}, {"tan", m_tan, 1, 1, 0}, {"asin", m_asin, 1, 1, 0},
  {"acos", m_acos, 1, 1, 0}, {"atan", m_atan, 1, 1, 0}, {"atan2", m_atan2, 2, 2, 0}, {"sinh", m_sinh, 1, 1, 0},
  {"cosh", m_cosh, 1, 1, 0}, {"tanh", m_tanh, 1, 1, 0}, {"asinh", m_asinh, 1, 1, 0}, {"acosh", m_acosh, 1, 1, 0},
  {"atanh", m_atanh, 1, 1, 0}, {"fabs", m_fabs, 1, 1, 0}, {"fmod", m_fmod, 2, 2, 0}, {"copysign", m_copysign, 2, 2, 0},
  {"hypot", m_hypot, 0, -1, 0}, {"ldexp", m_ldexp, 2, 2, 0}, {"frexp", m_frexp, 1, 1, 0}, {"modf", m_modf, 1, 1, 0},
  {"ceil", m_ceil, 1, 1, 0}, {"floor", m_floor, 1, 1, 0}, {"trunc", m_trunc, 1, 1, 0},
  {"isfinite", m_isfinite, 1, 1, 0}, {"isinf", m_isinf, 1, 1, 0}, {"isnan", m_isnan, 1, 1, 0},
  {"isclose", m_isclose, 2, 2, NF_KW}, {"erf", m_erf, 1, 1, 0}, {"erfc", m_erfc, 1, 1, 0},
  {"gamma", m_gamma, 1, 1, 0}, {"lgamma", m_lgamma, 1, 1, 0}, {"degrees", m_degrees, 1, 1, 0},
  {"radians", m_radians, 1, 1, 0}, {"gcd", m_gcd, 0, -1, 0}, {"factorial", m_factorial, 1, 1, 0},
  {"fsum", m_fsum, 1, 1, 0}, {"prod", m_prod, 1, 1, NF_KW}, {"isqrt", m_isqrt, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

const Float pi_obj = {&float_type, M_PI}, e_obj = {&float_type, M_E}, tau_obj = {&float_type, 2 * M_PI},
            inf_obj = {&float_type, INFINITY}, nan_obj = {&float_type, NAN};
const ModuleConst math_consts[] = {
  {"pi", &pi_obj, 0}, {"e", &e_obj, 0}, {"tau", &tau_obj, 0}, {"inf", &inf_obj, 0}, {"nan", &nan_obj, 0},
  {nullptr, nullptr, 0},
};

Val math_init() { return module_from_tables("math", math_fns, math_consts); }

}  // namespace

void math_module_init() { register_builtin_module("math", math_init); }

}  // namespace py
