// Decimal text <-> double, exact in both directions and the same on every port (newlib's
// strtod/dtoa/printf-float cost ~14 KB of a Cortex-M image; this is a few KB).
#pragma once
#include <stddef.h>

namespace py {

// Reads the longest number at [s, e): [+-] digits [. digits] [(e|E) [+-] digits] with at
// least one mantissa digit, or inf / infinity / nan in any case. The result is the double
// nearest to the exact decimal (ties to even): '1e400' is inf, '1e-400' 0.0. Returns where
// the number ends, s when there is none. No spaces, no '_': callers strip those.
const char* scan_double(const char* s, const char* e, double* out);

// scan_double over all of [s, e): false when the text is not exactly one number.
bool text_to_double(const char* s, const char* e, double* out);

// Enough room for any double_digits result ('f' with 309 integer digits and 200 decimals).
constexpr int FLOAT_DIGITS_MAX = 520;

// The decimal digits of d (finite, >= 0) as characters in out (no NUL), rounded half-even
// on the exact binary value:
//   mode 'r': the shortest digits that read back as d (the closest such, as Python's repr);
//   mode 'e': n significant digits (1 <= n);
//   mode 'f': the digits down to the n-th place after the point (0 <= n; enough room for
//             n <= 200 at any magnitude, or larger n below 10^16 as round() uses).
// Returns the digit count; *point is the power of ten of out[0] (0.25 -> "25", -1).
// A zero result (d == 0, or 'f' rounding to 0) has no digits.
int double_digits(double d, char mode, int n, char* out, int* point);

}  // namespace py
