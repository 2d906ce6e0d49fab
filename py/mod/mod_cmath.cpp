// The cmath module: complex versions of the elementary functions.
#include <math.h>

#include "modules.h"

namespace py {

namespace {
bool arg_complex(Val v, double* re, double* im) {
  if (!is_small(v) && v->type == &complex_type) {
    *re = ((Complex*)v)->re;
    *im = ((Complex*)v)->im;
    return true;
  }
  *im = 0;
  if (to_double(v, re)) return true;
  raise(&TypeError_type, "can't convert %s to complex", type_cname(v));
  return false;
}

struct Cx { double re, im; };
typedef Cx (*CFn)(Cx);
Val apply(const Val* a, CFn f) {
  Cx z;
  if (!arg_complex(a[0], &z.re, &z.im)) return nullptr;
  Cx r = f(z);
  return complex_new(r.re, r.im);
}
Cx c_exp(Cx z) { double m = exp(z.re); return {m * cos(z.im), m * sin(z.im)}; }
Cx c_log(Cx z) { return {log(hypot(z.re, z.im)), atan2(z.im, z.re)}; }
Cx c_log10(Cx z) { Cx l = c_log(z); return {l.re / log(10.0), l.im / log(10.0)}; }
Cx c_sqrt(Cx z) {
  if (z.re == 0 && z.im == 0) return {0, z.im};
  double r = sqrt((fabs(z.re) + hypot(z.re, z.im)) / 2);
  if (z.re >= 0) return {r, z.im / (2 * r)};
  return {fabs(z.im) / (2 * r), copysign(r, z.im)};
}
Cx c_cos(Cx z) { return {cos(z.re) * cosh(z.im), -sin(z.re) * sinh(z.im)}; }
Cx c_sin(Cx z) { return {sin(z.re) * cosh(z.im), cos(z.re) * sinh(z.im)}; }

Val cm_exp(int, int, const Val* a) { return apply(a, c_exp); }
Val cm_log(int, int, const Val* a) { return apply(a, c_log); }
Val cm_log10(int, int, const Val* a) { return apply(a, c_log10); }
Val cm_sqrt(int, int, const Val* a) { return apply(a, c_sqrt); }
Val cm_cos(int, int, const Val* a) { return apply(a, c_cos); }
Val cm_sin(int, int, const Val* a) { return apply(a, c_sin); }
Val cm_phase(int, int, const Val* a) {
  double re, im;
  if (!arg_complex(a[0], &re, &im)) return nullptr;
  return float_new(atan2(im, re));
}
Val cm_polar(int, int, const Val* a) {
  double re, im;
  if (!arg_complex(a[0], &re, &im)) return nullptr;
  Val items[2] = {float_new(hypot(re, im)), float_new(atan2(im, re))};
  if (!items[0] || !items[1]) return nullptr;
  return tuple_from(2, items);
}
Val cm_rect(int, int, const Val* a) {
  double r, phi;
  if (!arg_double(a[0], &r) || !arg_double(a[1], &phi)) return nullptr;
  return complex_new(r * cos(phi), r * sin(phi));
}

const MethodDef cmath_fns[] = {
  {"exp", cm_exp, 1, 1, 0}, {"log", cm_log, 1, 1, 0}, {"log10", cm_log10, 1, 1, 0},
  {"sqrt", cm_sqrt, 1, 1, 0}, {"cos", cm_cos, 1, 1, 0}, {"sin", cm_sin, 1, 1, 0},
  {"phase", cm_phase, 1, 1, 0}, {"polar", cm_polar, 1, 1, 0}, {"rect", cm_rect, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val cmath_module() {
  Val m = module_from_table("cmath", cmath_fns);
  if (!m) return nullptr;
  module_add(m, "pi", float_new(M_PI));
  module_add(m, "e", float_new(M_E));
  return exc_pending() ? nullptr : m;
}

}  // namespace py
