// Compiled code objects: one block (header, constants, names, cells, line table, bytecode),
// or, when no free block is that big, the bytecode in a block of its own.
#include <string.h>

#include <vector>

#include "interp_env.h"
#include "py/bytecode.h"

namespace {

// A function of 80 statements: over 1 KB of code on 64-bit (80 string constants, 330 bytes
// of bytecode, 82 line-table entries), while each compiler array stays within 1 KB.
constexpr int STATEMENTS = 80;
std::string big_function() {
  std::string src = "def f():\n";
  for (int i = 0; i < STATEMENTS; i++) src += "    a = 's" + std::to_string(i) + "'\n";
  src += "    len(a) / 0\n";
  return src + "    return a\n";
}

bool inside(const void* p, const void* block) {
  const char* b = (const char*)block;
  return (const char*)p >= b && (const char*)p < b + py::gc_block_size(block);
}

py::Code* compiled_f(py::Val g) {
  py::Val f = py::dict_get(g, py::str_intern_cstr("f"));
  return f ? ((py::Function*)f)->code : nullptr;
}

// The source runs and f() reports its line on the ZeroDivisionError (the line table works).
void expect_f_runs(py::Val g) {
  const char* call = "try:\n    f()\nexcept ZeroDivisionError:\n    r = 'caught'\n";
  ASSERT_NE(py::exec_source(call, strlen(call), "<test>", g), nullptr);
  py::Val r = py::dict_get(g, py::str_intern_cstr("r"));
  ASSERT_NE(r, nullptr);
  EXPECT_STREQ(py::str_data(r), "caught");
  py::Code* c = compiled_f(g);
  ASSERT_NE(c, nullptr);
  // the division is on the line after the assignments
  uint32_t div_at = 0;
  const uint8_t* bc = py::code_bc(c);
  for (uint32_t i = 0; i < c->bc_len; i += py::op_length(bc + i))
    if (bc[i] == py::OPC_BINARY) div_at = i;
  EXPECT_EQ(py::code_line_for(c, div_at), STATEMENTS + 2);
  EXPECT_EQ(py::code_line_for(c, 0), 2);
}

}  // namespace

TEST(CodeObject, IsOneBlock) {
  pytest::ensure_init();
  std::string src = big_function();
  py::Val g = py::dict_new(0);
  ASSERT_NE(py::exec_source(src.data(), src.size(), "<test>", g), nullptr);
  py::Code* c = compiled_f(g);
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(inside(py::code_bc(c) + c->bc_len - 1, c));
  EXPECT_TRUE(inside(py::code_consts(c), c));
  EXPECT_TRUE(inside(py::code_lines(c) + c->lines_len - 1, c));
  EXPECT_EQ(py::code_bc(c), (const uint8_t*)c + py::code_arrays_end(c));  // right after the line table
  EXPECT_LT(c->lines_len, 2u * (STATEMENTS + 10));  // about 2 bytes per entry
  expect_f_runs(g);
}

TEST(CodeObject, FragmentedHeapKeepsTheArraysApart) {
  pytest::ensure_init();
  // every free run of the heap cut into holes of 1008 bytes: each compiler array fits, the
  // ~1 KB block does not
  std::vector<void*> pins(8192, nullptr);  // 4 MB / 1 KB fit
  py::gc_register_root(pins.data(), pins.size() * sizeof(void*));
  py::gc_collect();
  size_t n = 0;
  while (n < pins.size() && (pins[n] = py::gc_alloc_atomic(1024))) n++;
  ASSERT_LT(n, pins.size());
  for (size_t i = 0; i < n; i++) pins[i] = py::gc_realloc(pins[i], 16);
  std::string src = big_function();
  py::Val g = py::dict_new(0);
  bool ran = py::exec_source(src.data(), src.size(), "<test>", g) != nullptr;
  py::Code* c = ran ? compiled_f(g) : nullptr;
  bool apart = c && !inside(py::code_bc(c), c) && inside(py::code_lines(c) + c->lines_len - 1, c);
  if (ran) expect_f_runs(g);
  for (size_t i = 0; i < n; i++) py::gc_free(pins[i]);
  py::gc_unregister_root(pins.data());
  if (!ran) py::exc_take();
  EXPECT_TRUE(ran);
  EXPECT_TRUE(apart);
}
