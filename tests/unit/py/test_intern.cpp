// Interned names made at run time: packed into pools, found again by their text, kept for
// the program's life, and cheap in heap per name.
#include <stdio.h>
#include <string.h>

#include <string>
#include <vector>

#include "interp_env.h"
#include "py/gc.h"
#include "py/qstr.h"

namespace {

// 24 bytes of text: 24 + 25 bytes of str object, 64 as a block of its own, 56 in a pool
std::string nth_name(int i) {
  char b[32];
  snprintf(b, sizeof b, "intern_test_%012d", i);
  return b;
}

}  // namespace

TEST(Intern, ManyNamesStayOneObjectEachAcrossCollections) {
  pytest::ensure_init();
  size_t count0, text0, heap0;
  py::qstr_stats(&count0, &text0, &heap0);
  const int n = 2000;
  std::vector<py::Val> made;
  for (int i = 0; i < n; i++) made.push_back(py::str_intern_cstr(nth_name(i).c_str()));
  made.clear();  // only the intern table keeps them now
  made.shrink_to_fit();
  py::gc_collect();
  py::gc_collect();
  size_t text = 0;
  for (int i = 0; i < n; i++) {
    std::string s = nth_name(i);
    text += s.size();
    py::Val a = py::str_intern_cstr(s.c_str());
    ASSERT_NE(a, nullptr);
    EXPECT_STREQ(py::str_data(a), s.c_str());
    EXPECT_EQ(py::str_len(a), s.size());
    EXPECT_EQ(py::str_intern_cstr(s.c_str()), a) << s;
    // equal to a fresh heap string of the same text (same hash)
    py::Val fresh = py::str_new(s.data(), s.size());
    EXPECT_TRUE(py::str_eq(fresh, a));
    EXPECT_EQ(py::str_hash(fresh), py::str_hash(a));
    EXPECT_EQ(py::str_intern_val(fresh), a);
  }
  size_t count, text_bytes, heap;
  py::qstr_stats(&count, &text_bytes, &heap);
  EXPECT_EQ(count - count0, (size_t)n);
  EXPECT_EQ(text_bytes - text0, text);
  // a name costs its object (56 bytes on 64-bit, 4 to a 240-byte pool: 60) and about two
  // table entries (4 bytes each in this 4 MB heap): a block per name and a pointer table at
  // half load took 64 + 16 to 32
  double per_name = (double)(heap - heap0) / n;
  printf("heap per name: %.1f bytes\n", per_name);
  EXPECT_LE(per_name, sizeof(void*) == 8 ? 72.0 : 52.0);
}

TEST(Intern, NamesArePackedNotBlocksOfTheirOwn) {
  pytest::ensure_init();
  py::Val a = py::str_intern_cstr("intern_packed_a");
  py::Val b = py::str_intern_cstr("intern_packed_b");
  EXPECT_TRUE(py::gc_in_heap(a));
  // at most one of two consecutive short names starts a block
  EXPECT_TRUE(py::gc_block_size(a) == 0 || py::gc_block_size(b) == 0);
}

TEST(Intern, LongAndNonAsciiNames) {
  pytest::ensure_init();
  std::string long_name(1000, 'x');
  long_name += "_long";
  py::Val a = py::str_intern(long_name.data(), long_name.size());
  py::Val small = py::str_intern_cstr("intern_after_long");
  py::gc_collect();
  EXPECT_EQ(py::str_intern(long_name.data(), long_name.size()), a);
  EXPECT_EQ(py::str_len(a), long_name.size());
  EXPECT_EQ(memcmp(py::str_data(a), long_name.data(), long_name.size()), 0);
  EXPECT_EQ(py::str_intern_cstr("intern_after_long"), small);
  const char* greek = "\xce\xb1\xce\xb2\xce\xb3_name";  // "αβγ_name": 11 bytes, 8 characters
  py::Val g = py::str_intern_cstr(greek);
  EXPECT_EQ(((py::Str*)g)->clen, 8u);
  EXPECT_EQ(py::str_intern_cstr(greek), g);
  // the empty string and static names stay the ROM objects
  EXPECT_EQ(py::str_intern("", 0), Q(empty));
  EXPECT_EQ(py::str_intern_cstr("self"), Q(self));
}
