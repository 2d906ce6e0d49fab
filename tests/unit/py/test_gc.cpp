// The collector: explicit API, reclamation, MemoryError recovery, embedding calls.
#include "interp_env.h"

TEST(Gc, AllocFreeAndFigures) {
  pytest::ensure_init();
  size_t before = py::gc_mem_alloc();
  void* p = py::gc_alloc(1000);
  ASSERT_NE(p, nullptr);
  EXPECT_GE(py::gc_mem_alloc(), before + 1000);
  EXPECT_GE(py::gc_block_size(p), 1000u);
  p = py::gc_realloc(p, 5000);
  ASSERT_NE(p, nullptr);
  EXPECT_GE(py::gc_block_size(p), 5000u);
  py::gc_free(p);
  EXPECT_LE(py::gc_mem_alloc(), before + 64);
}

TEST(Gc, UnreachableBlocksAreReclaimed) {
  pytest::ensure_init();
  py::gc_collect();
  size_t base = py::gc_mem_alloc();
  EXPECT_EQ(pytest::eval_after("x = [str(i) * 10 for i in range(2000)]\nx = None\n", "1"), "1");
  py::gc_collect();
  EXPECT_LT(py::gc_mem_alloc(), base + 64 * 1024);
}

TEST(Gc, RegisteredRootKeepsObjectAlive) {
  pytest::ensure_init();
  static py::Val keep[1];
  py::gc_register_root(keep, sizeof keep);
  keep[0] = py::str_new_cstr("kept alive by a root");
  py::gc_collect();
  EXPECT_STREQ(py::str_data(keep[0]), "kept alive by a root");
  py::gc_unregister_root(keep);
}

TEST(Gc, MemoryErrorLeavesInterpreterUsable) {
  EXPECT_EQ(pytest::eval_after("l = []\ntry:\n    while True:\n        l.append([0] * 1000)\nexcept MemoryError:\n    l = None\n",
                               "'ok'"),
            "ok");
  EXPECT_EQ(pytest::eval_after("", "sum(range(1000))"), "499500");
}

static py::Val native_add(int npos, int nkw, const py::Val* args) {
  py::Val scale = py::kw_arg(npos, nkw, args, py::str_intern_cstr("scale"));
  py::Val r = py::binop(py::OP_ADD, args[0], args[1]);
  if (r && scale) r = py::binop(py::OP_MUL, r, scale);
  return r;
}

TEST(Embedding, NativeFunctionAndProtectedCall) {
  pytest::ensure_init();
  py::Val f = py::native_func_new("add", native_add, 2, 2, py::NF_KW);
  ASSERT_NE(f, nullptr);
  py::dict_set(py::ts.builtins, py::str_intern_cstr("native_add"), f);
  EXPECT_EQ(pytest::eval_after("", "native_add(2, 3, scale=10)"), "50");
  py::Val args[2] = {py::small(1), py::str_new_cstr("x")};
  py::Val out;
  EXPECT_FALSE(py::call_protected(f, 2, args, &out));
  EXPECT_TRUE(py::exc_matches(out, (py::Val)&py::TypeError_type));
  EXPECT_EQ(py::exc_pending(), nullptr);
}

TEST(Gc, LastingBlocksTakeTheLowestHole) {
  // a long-lived block goes in the lowest hole that fits, not at the allocation cursor
  pytest::ensure_init();
  py::gc_collect();
  void* blocks[64];
  for (void*& b : blocks) b = py::gc_alloc(48);
  for (void* b : blocks) ASSERT_NE(b, nullptr);
  void* low = blocks[0];
  for (void* b : blocks)
    if (b < low) low = b;
  py::gc_free(low);
  void* plain = py::gc_alloc(40);  // at the cursor, above the blocks
  EXPECT_GT(plain, low);
  void* lasting = py::gc_alloc_lasting(40);  // in the hole just made, or a lower one
  EXPECT_LE(lasting, low);
  void* atomic_lasting = py::gc_alloc_lasting(40, true);  // no hole left: wherever it fits
  EXPECT_NE(atomic_lasting, nullptr);
  for (void* b : blocks)
    if (b != low) py::gc_free(b);
  py::gc_free(plain);
  py::gc_free(lasting);
  py::gc_free(atomic_lasting);
}
