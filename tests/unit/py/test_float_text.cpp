// py/float_text.cpp against glibc (host only): its strtod and printf are exact, so over a
// few hundred thousand random doubles our digits, our roundings and our parsing must agree
// with them character for character, and repr's digits must be the shortest that read back.
#include <gtest/gtest.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "py/float_text.h"

namespace {

struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    uint64_t x = s;
    x ^= x >> 29;
    return x * 0xBF58476D1CE4E5B9ull ^ (x >> 32);
  }
};

// random finite positive doubles: uniform bit patterns, plus the edges (subnormals, powers
// of two, the largest and smallest exponents, integers) where conversions go wrong
double random_double(Rng& r) {
  uint64_t bits = r.next();
  switch (bits % 8) {
    case 0: bits &= (1ull << 52) - 1; break;                                 // subnormal
    case 1: bits = (bits % 2046 + 1) << 52; break;                          // power of two
    case 2: bits = (bits & ((1ull << 52) - 1)) | (0x7FEull - bits % 3) << 52; break;  // huge
    case 3: bits = (bits & ((1ull << 52) - 1)) | (1ull + bits % 3) << 52; break;      // tiny normal
    case 4: return (double)(bits >> (11 + bits % 40));                              // integer
    default: bits &= ~(1ull << 63); break;
  }
  double d;
  memcpy(&d, &bits, 8);
  if (!isfinite(d) || d == 0) return 1.5;
  return d;
}

std::string digits(double d, char mode, int n, int* point) {
  char out[py::FLOAT_DIGITS_MAX];
  int count = py::double_digits(d, mode, n, out, point);
  return std::string(out, (size_t)count);
}

// glibc's "%.*e" as digits without the point, and the exponent
std::string glibc_e_digits(double d, int n, int* point) {
  char buf[600];
  snprintf(buf, sizeof buf, "%.*e", n - 1, d);
  std::string s;
  const char* p = buf;
  for (; *p != 'e'; p++)
    if (*p != '.') s += *p;
  *point = atoi(p + 1);
  return s;
}

double parse(const std::string& s) {
  double d = -1;
  EXPECT_TRUE(py::text_to_double(s.data(), s.data() + s.size(), &d)) << s;
  return d;
}

TEST(FloatText, SignificantDigitsMatchGlibc) {
  Rng r;
  for (int i = 0; i < 100000; i++) {
    double d = random_double(r);
    int n = 1 + (int)(r.next() % 25), point, gpoint;
    std::string ours = digits(d, 'e', n, &point);
    std::string theirs = glibc_e_digits(d, n, &gpoint);
    ASSERT_EQ(ours, theirs) << "%." << n - 1 << "e of " << d;
    ASSERT_EQ(point, gpoint) << d;
  }
}

TEST(FloatText, FixedDigitsMatchGlibc) {
  Rng r;
  for (int i = 0; i < 100000; i++) {
    double d = random_double(r);
    if (d > 1e30) d = fmod(d, 1e30);
    int n = (int)(r.next() % 40), point;
    std::string ours = digits(d, 'f', n, &point);
    char buf[800];
    snprintf(buf, sizeof buf, "%.*f", n, d);
    // glibc's text as digits from the first non-zero one, with the place of that digit
    std::string theirs;
    int int_len = (int)strcspn(buf, "."), place = int_len - 1, gpoint = 0;
    for (const char* p = buf; *p; p++) {
      if (*p == '.') continue;
      if (theirs.empty() && *p == '0') {
        place--;
        continue;
      }
      if (theirs.empty()) gpoint = place;
      theirs += *p;
    }
    std::string trimmed = ours.substr(0, ours.find_first_not_of('0') == std::string::npos ? 0 : ours.size());
    ASSERT_EQ(trimmed, theirs) << "%." << n << "f of " << d << " (" << buf << ")";
    if (!theirs.empty()) {
      ASSERT_EQ(point, gpoint) << buf;
    }
  }
}

TEST(FloatText, ShortestDigitsReadBackAndNoShorterDoes) {
  Rng r;
  for (int i = 0; i < 100000; i++) {
    double d = random_double(r);
    int point;
    std::string s = digits(d, 'r', 0, &point);
    std::string text = s + "e" + std::to_string(point - (int)s.size() + 1);
    ASSERT_EQ(strtod(text.c_str(), nullptr), d) << text;
    ASSERT_EQ(parse(text), d) << text;
    ASSERT_NE(s.back(), '0') << text;
    if (s.size() > 1) {
      // the nearest shorter decimal does not read back
      int gpoint;
      std::string shorter = glibc_e_digits(d, (int)s.size() - 1, &gpoint);
      std::string t = shorter + "e" + std::to_string(gpoint - (int)shorter.size() + 1);
      ASSERT_NE(strtod(t.c_str(), nullptr), d) << text << " vs " << t;
    }
    // and it is the closest of its length: glibc's correctly rounded digits, unless those
    // do not read back (possible only at a power of two, where the gap below is smaller)
    int gpoint;
    std::string same = glibc_e_digits(d, (int)s.size(), &gpoint);
    std::string t = same + "e" + std::to_string(gpoint - (int)same.size() + 1);
    if (strtod(t.c_str(), nullptr) == d) {
      ASSERT_EQ(s, same) << d;
    }
  }
}

TEST(FloatText, ParsingMatchesGlibc) {
  Rng r;
  for (int i = 0; i < 60000; i++) {
    double d = random_double(r);
    char buf[900];
    int kind = (int)(r.next() % 4);
    if (kind == 0) {
      snprintf(buf, sizeof buf, "%.*e", (int)(r.next() % 25), d);
    } else if (kind == 1) {
      // the exact halfway point to the next double up (long double holds it exactly), or
      // a hair either side of it
      long double h = ((long double)d + (long double)nextafter(d, INFINITY)) / 2;
      int len = snprintf(buf, sizeof buf, "%.780Le", h);
      char* e = strchr(buf, 'e');
      char* last = e - 1;
      while (*last == '0') last--;
      int tweak = (int)(r.next() % 3);
      std::string exp(e);
      std::string mant(buf, (size_t)(last + 1 - buf));
      if (tweak == 1) mant += "000000000000000000001";
      if (tweak == 2) {
        // just below: decrement the last digit (it is non-zero) and append nines
        mant.back()--;
        mant += "99999999999999999999";
      }
      snprintf(buf, sizeof buf, "%s%s", mant.c_str(), exp.c_str());
      (void)len;
    } else if (kind == 2) {
      // 19 to 21 digits at random exponents
      snprintf(buf, sizeof buf, "%llu%llue%d", (unsigned long long)(r.next() % 10000000000ull + 1),
               (unsigned long long)(r.next() % 100000000000ull), (int)(r.next() % 700) - 350);
    } else {
      snprintf(buf, sizeof buf, "%.17g", d);
    }
    ASSERT_EQ(parse(buf), strtod(buf, nullptr)) << buf;
  }
}

TEST(FloatText, EdgeCases) {
  const char* cases[] = {
      "9007199254740993", "9007199254740995", "1e23", "8.98846567431158e307", "1.7976931348623157e308",
      "1.7976931348623158e308", "1.7976931348623159e308", "2.4703282292062327e-324",
      "2.4703282292062328e-324", "4.9406564584124654e-324", "2.2250738585072011e-308",
      "2.2250738585072012e-308", "1e-400", "1e400", "0.000001", "123456789012345678901234567890",
      "7.2057594037927933e16", "1" "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "e-80",
  };
  for (const char* c : cases) EXPECT_EQ(parse(c), strtod(c, nullptr)) << c;
  // an 800-digit mantissa just above a halfway point
  std::string big = "0.";
  for (int i = 0; i < 800; i++) big += (char)('0' + (i * 7 + 3) % 10);
  EXPECT_EQ(parse(big), strtod(big.c_str(), nullptr));
  double v;
  std::string bad[] = {"", ".", "e5", "1e", "1e+", "--1", "1.2.3", "infx", "0x10", " 1"};
  for (const std::string& b : bad) EXPECT_FALSE(py::text_to_double(b.data(), b.data() + b.size(), &v)) << b;
  std::string good[] = {"inf", "-Infinity", "NaN", "+1.", ".5", "1E+5", "00012.5e-0001"};
  for (const std::string& g : good) EXPECT_TRUE(py::text_to_double(g.data(), g.data() + g.size(), &v)) << g;
}

}  // namespace
