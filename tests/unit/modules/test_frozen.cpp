// Frozen modules: lib/*.py compiled by tools/freeze into const C++ objects (this test links
// them, as pyvgl does). Their code, constants and names are outside the GC heap and are
// used in place; an import allocates only what running the module's top level makes.
#include <gtest/gtest.h>
#include <pthread.h>

#include <string>

#include "py/bytecode.h"
#include "py/gc.h"
#include "py/mod/frozen.h"
#include "py/mod/modules.h"
#include "py/runtime.h"

using namespace py;

namespace {
alignas(16) char g_heap[4 << 20];

// The highest address of this thread's stack, so the collector sees every test frame.
void* stack_top() {
  pthread_attr_t a;
  void* addr = nullptr;
  size_t size = 0;
  pthread_getattr_np(pthread_self(), &a);
  pthread_attr_getstack(&a, &addr, &size);
  pthread_attr_destroy(&a);
  return (char*)addr + size;
}

void ensure_init() {
  static bool done;
  if (done) return;
  Config cfg;
  cfg.heap = g_heap;
  cfg.heap_size = sizeof g_heap;
  cfg.stack_top = stack_top();
  cfg.stack_limit = 512 * 1024;
  ASSERT_TRUE(init(&cfg));
  modules_init();
  done = true;
}

Val globals() {
  static Val d;
  if (!d) {
    d = dict_new(8);
    gc_register_root(&d, sizeof d);
    dict_set(d, Q(__builtins__), dict_get(ts.modules, Q(builtins)));
  }
  return d;
}

// Runs statements, then returns repr(eval(expr)) or "!ExceptionType".
std::string eval_after(const char* stmts, const char* expr) {
  ensure_init();
  if (!exec_source(stmts, strlen(stmts), "<test>", globals())) return std::string("!") + type_cname(exc_take());
  Val code = compile_source(expr, strlen(expr), Q(string), 1);
  Val r = code ? exec_code(code, globals(), globals()) : nullptr;
  Val s = r ? repr(r) : nullptr;
  if (!s) return std::string("!") + type_cname(exc_take());
  return std::string(str_data(s), str_len(s));
}

size_t live_heap() {
  gc_collect();
  return gc_mem_alloc();
}
}  // namespace

TEST(Frozen, LibModulesImportAndRun) {
  EXPECT_TRUE(frozen_exists("heapq"));
  EXPECT_TRUE(frozen_exists("asyncio"));
  EXPECT_EQ(eval_after("import heapq\nh = []\nfor x in (5, 1, 4, 2):\n    heapq.heappush(h, x)\n",
                       "[heapq.heappop(h) for _ in range(4)]"),
            "[1, 2, 4, 5]");
  EXPECT_EQ(eval_after("import asyncio\n"
                       "async def two():\n"
                       "    await asyncio.sleep_ms(1)\n"
                       "    return 2\n"
                       "async def main():\n"
                       "    return await asyncio.gather(two(), two())\n",
                       "asyncio.run(main())"),
            "[2, 2]");
}

TEST(Frozen, CodeConstantsAndNamesAreOutsideTheHeap) {
  ensure_init();
  ASSERT_EQ(eval_after("import heapq", "1"), "1");
  Val mod = dict_get(ts.modules, str_intern_cstr("heapq"));
  ASSERT_NE(mod, nullptr);
  Val heappush = dict_get((Val)((Module*)mod)->dict, str_intern_cstr("heappush"));
  ASSERT_NE(heappush, nullptr);
  // the function object is made by the import, its code is the ROM one
  EXPECT_TRUE(gc_in_heap(heappush));
  Code* code = ((Function*)heappush)->code;
  EXPECT_FALSE(gc_in_heap(code));
  EXPECT_FALSE(gc_in_heap(code_bc(code)));
  EXPECT_FALSE(gc_in_heap(code->name));
  for (uint32_t i = 0; i < code->nconsts; i++) EXPECT_FALSE(gc_in_heap(code_consts(code)[i])) << i;
  // a name interned at run time is the frozen module's object: one string per name
  Val name = str_intern_cstr("heappush");
  EXPECT_EQ(name, code->name);
  EXPECT_FALSE(gc_in_heap(name));
}

TEST(Frozen, CollectionsLeaveRomCodeAlone) {
  // the collector neither marks nor frees ROM objects: after collections the code still runs
  ensure_init();
  ASSERT_EQ(eval_after("import heapq", "1"), "1");
  for (int i = 0; i < 3; i++) gc_collect();
  EXPECT_EQ(eval_after("h = [3, 1, 2]\nheapq.heapify(h)", "(heapq.heappop(h), heapq.nsmallest(2, [9, 7, 8]))"),
            "(1, [7, 8])");
}

TEST(Frozen, ImportAllocatesOnlyWhatTheTopLevelMakes) {
  // heapq's top level makes a module, its dict and 11 function objects (64 bytes each):
  // well under 2 KB; rebuilding its code in the heap cost 5 KB.
  ensure_init();
  dict_del(ts.modules, str_intern_cstr("heapq"));
  exc_take();
  size_t before = live_heap();
  Val m = import_name(str_intern_cstr("heapq"), None, 0, nullptr);
  ASSERT_NE(m, nullptr);
  size_t after = live_heap();
  EXPECT_LT(after - before, 2048u);
  EXPECT_GT(after - before, 11 * sizeof(Function));
}

TEST(Frozen, TracebacksOfFrozenCodeHaveFileAndLine) {
  ensure_init();
  const char* src = "import heapq\nheapq.heappop([])\n";
  ASSERT_EQ(exec_source(src, strlen(src), "<test>", globals()), nullptr);
  Val exc = exc_take();
  EXPECT_STREQ(type_cname(exc), "IndexError");
  Val tb = ((Exception*)exc)->traceback;  // (file, line, name) triples, innermost first
  ASSERT_NE(tb, nullptr);
  ASSERT_GE(((List*)tb)->len, 6u);
  EXPECT_STREQ(str_data(((List*)tb)->items[0]), "heapq.py");
  EXPECT_EQ(((List*)tb)->items[1], small(47));  // raise IndexError('empty heap')
}
