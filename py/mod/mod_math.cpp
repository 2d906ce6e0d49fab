// The math module: MicroPython's set of functions on floats.
#include <math.h>

#include "modules.h"

namespace py {

namespace {
Val domain_error() { return raise(&ValueError_type, "math domain error"); }

// Wraps a double -> double C function, checking the domain (nan out of non-nan in).
Val float_result(double x, double r) {
  if (isnan(r) && !isnan(x)) return domain_error();
  if (isinf(r) && isfinite(x)) return raise(&OverflowError_type, "math range error");
  return float_new(r);
}

#define MATH_FN1(name, expr)                                   \
  Val math_##name(int, int, const Val* a) {                    \
    double x;                                                  \
    if (!arg_double(a[0], &x)) return nullptr;                 \
    return float_result(x, expr);                              \
  }
MATH_FN1(sqrt, x < 0 ? NAN : sqrt(x))
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
MATH_FN1(atanh, (x <= -1 || x >= 1) ? NAN : atanh(x))
MATH_FN1(log2, x <= 0 ? NAN : log2(x))
MATH_FN1(log10, x <= 0 ? NAN : log10(x))
MATH_FN1(fabs, fabs(x))
MATH_FN1(erf, erf(x))
MATH_FN1(erfc, erfc(x))
MATH_FN1(gamma, (x <= 0 && x == floor(x)) ? NAN : tgamma(x))
MATH_FN1(lgamma, (x <= 0 && x == floor(x)) ? INFINITY : lgamma(x))
MATH_FN1(degrees, x * 180.0 / M_PI)
MATH_FN1(radians, x * M_PI / 180.0)
#undef MATH_FN1

Val math_log(int n, int, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  if (x <= 0) return domain_error();
  double r = log(x);
  if (n > 1) {
    double b;
    if (!arg_double(a[1], &b)) return nullptr;
    if (b <= 0) return domain_error();
    if (b == 1) return raise(&ZeroDivisionError_type, "divide by zero");
    r /= log(b);
  }
  return float_new(r);
}

Val math_pow(int, int, const Val* a) {
  double x, y;
  if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return nullptr;
  if (x == 0 && y < 0) return domain_error();
  if (x < 0 && y != floor(y)) return domain_error();
  return float_new(pow(x, y));
}

Val math_2(int, int, const Val* a, double (*f)(double, double), bool check) {
  double x, y;
  if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return nullptr;
  double r = f(x, y);
  if (check && isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
  return float_new(r);
}
Val math_atan2(int n, int k, const Val* a) { return math_2(n, k, a, atan2, false); }
Val math_copysign(int n, int k, const Val* a) { return math_2(n, k, a, copysign, false); }
Val math_fmod(int n, int k, const Val* a) { return math_2(n, k, a, fmod, true); }

// floor/ceil/trunc return ints; ints pass through unchanged
Val math_round_fn(Val v, double (*f)(double)) {
  if (is_int(v)) return v == True_ ? small(1) : v == False_ ? small(0) : v;
  double x;
  if (!arg_double(v, &x)) return nullptr;
  return int_from_double(f(x));
}
Val math_floor(int, int, const Val* a) { return math_round_fn(a[0], floor); }
Val math_ceil(int, int, const Val* a) { return math_round_fn(a[0], ceil); }
Val math_trunc(int, int, const Val* a) { return math_round_fn(a[0], trunc); }

Val math_isnan(int, int, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return from_bool(isnan(x));
}
Val math_isinf(int, int, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return from_bool(isinf(x));
}
Val math_isfinite(int, int, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  return from_bool(isfinite(x));
}

Val math_frexp(int, int, const Val* a) {
  double x;
  if (!arg_double(a[0], &x)) return nullptr;
  int e = 0;
  double m = frexp(x, &e);
  Val items[2] = {float_new(m), small(e)};
  if (!items[0]) return nullptr;
  return tuple_from(2, items);
}
Val math_ldexp(int, int, const Val* a) {
  double x;
  intptr_t e;
  if (!arg_double(a[0], &x) || !arg_int(a[1], &e)) return nullptr;
  return float_new(ldexp(x, (int)(e > 100000 ? 100000 : e < -100000 ? -100000 : e)));
}
Val math_modf(int, int, const Val* a) {
  double x, ip;
  if (!arg_double(a[0], &x)) return nullptr;
  double fp = modf(x, &ip);
  Val items[2] = {float_new(fp), float_new(ip)};
  if (!items[0] || !items[1]) return nullptr;
  return tuple_from(2, items);
}

Val math_factorial(int, int, const Val* a) {
  intptr_t n;
  if (!is_int(a[0])) return raise(&TypeError_type, "can't convert %s to int", type_cname(a[0]));
  if (!arg_int(a[0], &n)) return nullptr;
  if (n < 0) return raise(&ValueError_type, "factorial() not defined for negative values");
  Val r = small(1);
  for (intptr_t i = 2; i <= n; i++) {
    r = int_binop(OP_MUL, r, small(i));
    if (!r) return nullptr;
    if ((i & 255) == 0 && !check_signals()) return nullptr;
  }
  return r;
}

Val math_gcd(int n, int, const Val* a) {
  Val x = small(0);
  for (int i = 0; i < n; i++) {
    if (!is_int(a[i])) return raise(&TypeError_type, "can't convert %s to int", type_cname(a[i]));
    Val y = a[i];
    if (int_sign(y) < 0) y = unop(UN_NEG, y);
    if (!y) return nullptr;
    while (int_sign(y) != 0) {
      Val t = int_binop(OP_MOD, x, y);
      if (!t) return nullptr;
      x = y;
      y = t;
    }
  }
  return x;
}

Val math_isclose(int n, int k, const Val* a) {
  double x, y, rel = 1e-9, abs_tol = 0;
  if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return nullptr;
  for (int i = 0; i < k; i++) {
    Val name = a[n + 2 * i], v = a[n + 2 * i + 1];
    double d;
    if (!arg_double(v, &d)) return nullptr;
    if (str_eq(name, str_intern_cstr("rel_tol"))) rel = d;
    else if (str_eq(name, str_intern_cstr("abs_tol"))) abs_tol = d;
    else return raise(&TypeError_type, "unexpected keyword argument '%s'", str_data(name));
  }
  if (x == y) return True_;
  if (isinf(x) || isinf(y)) return False_;
  double diff = fabs(x - y);
  return from_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

const MethodDef math_fns[] = {
  {"sqrt", math_sqrt, 1, 1, 0}, {"exp", math_exp, 1, 1, 0}, {"expm1", math_expm1, 1, 1, 0},
  {"sin", math_sin, 1, 1, 0}, {"cos", math_cos, 1, 1, 0}, {"tan", math_tan, 1, 1, 0},
  {"asin", math_asin, 1, 1, 0}, {"acos", math_acos, 1, 1, 0}, {"atan", math_atan, 1, 1, 0},
  {"sinh", math_sinh, 1, 1, 0}, {"cosh", math_cosh, 1, 1, 0}, {"tanh", math_tanh, 1, 1, 0},
  {"asinh", math_asinh, 1, 1, 0}, {"acosh", math_acosh, 1, 1, 0}, {"atanh", math_atanh, 1, 1, 0},
  {"log", math_log, 1, 2, 0}, {"log2", math_log2, 1, 1, 0}, {"log10", math_log10, 1, 1, 0},
  {"fabs", math_fabs, 1, 1, 0}, {"erf", math_erf, 1, 1, 0}, {"erfc", math_erfc, 1, 1, 0},
  {"gamma", math_gamma, 1, 1, 0}, {"lgamma", math_lgamma, 1, 1, 0},
  {"degrees", math_degrees, 1, 1, 0}, {"radians", math_radians, 1, 1, 0},
  {"pow", math_pow, 2, 2, 0}, {"atan2", math_atan2, 2, 2, 0}, {"copysign", math_copysign, 2, 2, 0},
  {"fmod", math_fmod, 2, 2, 0}, {"floor", math_floor, 1, 1, 0}, {"ceil", math_ceil, 1, 1, 0},
  {"trunc", math_trunc, 1, 1, 0}, {"isnan", math_isnan, 1, 1, 0}, {"isinf", math_isinf, 1, 1, 0},
  {"isfinite", math_isfinite, 1, 1, 0}, {"frexp", math_frexp, 1, 1, 0}, {"ldexp", math_ldexp, 2, 2, 0},
  {"modf", math_modf, 1, 1, 0}, {"factorial", math_factorial, 1, 1, 0}, {"gcd", math_gcd, 0, -1, 0},
  {"isclose", math_isclose, 2, 2, NF_KW},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val math_module() {
  Val m = module_from_table("math", math_fns);
  if (!m) return nullptr;
  module_add(m, "pi", float_new(M_PI));
  module_add(m, "e", float_new(M_E));
  module_add(m, "tau", float_new(2 * M_PI));
  module_add(m, "inf", float_new(INFINITY));
  module_add(m, "nan", float_new(NAN));
  return exc_pending() ? nullptr : m;
}

}  // namespace py
