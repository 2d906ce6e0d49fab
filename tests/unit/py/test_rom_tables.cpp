// The interpreter's built-in tables are const data: sorted where they are binary-searched,
// found by name, and nothing of them is copied into the heap by a lookup.
#include "interp_env.h"

#include "py/qstr.h"

TEST(RomTables, BuiltinTablesAreSorted) {
  pytest::ensure_init();
  EXPECT_TRUE(py::builtins_tables_sorted());
}

TEST(RomTables, StaticNamesInternToTheRomObjects) {
  pytest::ensure_init();
  EXPECT_EQ(py::str_intern_cstr("__init__"), Q(__init__));
  EXPECT_EQ(py::str_intern_cstr("append"), Q(append));
  EXPECT_EQ(py::str_intern_cstr("<module>"), Q(module));
  // a new name is interned once, in the heap
  py::Val a = py::str_intern_cstr("rom_tables_fresh_name");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(py::gc_in_heap(a));
  EXPECT_EQ(py::str_intern_cstr("rom_tables_fresh_name"), a);
  EXPECT_FALSE(py::gc_in_heap(Q(__init__)));
}

TEST(RomTables, LookupsAllocateNothing) {
  pytest::ensure_init();
  py::Val len_name = py::str_intern_cstr("len");
  py::Val upper = Q(upper);
  py::Val value_error = py::str_intern_cstr("ValueError");
  // warm up: interning and caches
  ASSERT_NE(py::lookup_builtin(len_name), nullptr);
  ASSERT_NE(py::type_lookup(&py::str_type, upper), nullptr);
  py::gc_collect();
  size_t before = py::gc_mem_alloc();
  py::Val f = py::lookup_builtin(len_name);
  py::Val m = py::type_lookup(&py::str_type, upper);
  py::Val t = py::lookup_builtin(value_error);
  EXPECT_EQ(py::gc_mem_alloc(), before);
  EXPECT_FALSE(py::gc_in_heap(f));
  EXPECT_FALSE(py::gc_in_heap(m));
  EXPECT_EQ(t, (py::Val)&py::ValueError_type);
  EXPECT_EQ(py::lookup_builtin(py::str_intern_cstr("no_such_builtin_name")), nullptr);
  EXPECT_EQ(py::exc_pending(), nullptr);
}

TEST(RomTables, ScriptsSeeTheTables) {
  EXPECT_EQ(pytest::eval_after("", "[].append is not None and 'append' in dir(list)"), "True");
  EXPECT_EQ(pytest::eval_after("import math\n", "(math.pi > 3, math.sqrt(9.0))"), "(True, 3.0)");
  EXPECT_EQ(pytest::eval_after("import math\nmath.extra = 5\n", "1"), "!AttributeError");
  EXPECT_EQ(pytest::eval_after("import builtins\nbuiltins.extra_builtin = 7\n", "extra_builtin"), "7");
  EXPECT_EQ(pytest::eval_after("", "list.append(5, 1)"), "!TypeError");
}
