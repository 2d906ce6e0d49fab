// Frozen modules: code compiled, serialized by tools/freeze and rebuilt by the loader
// behaves exactly like the freshly compiled code.
#include <gtest/gtest.h>
#include <pthread.h>

#include <string>
#include <vector>

#include "py/mod/modules.h"
#include "py/runtime.h"
#include "tools/freeze/serialize.h"

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

// Runs code in a fresh dict and returns repr(result) or "!ExceptionType".
std::string run(Val code) {
  Val d = dict_new(8);
  dict_set(d, Q(__builtins__), dict_get(ts.modules, Q(builtins)));
  dict_set(d, Q(__name__), str_intern_cstr("frozen_test"));
  if (!exec_code(code, d, d)) return std::string("!") + type_cname(exc_take());
  Val r = dict_get(d, str_intern_cstr("result"));
  if (!r) return "(no result)";
  Val s = repr(r);
  return s ? std::string(str_data(s), str_len(s)) : "!repr";
}

std::string roundtrip_matches(const char* src) {
  ensure_init();
  Val code = compile_source(src, strlen(src), str_intern_cstr("t.py"), 0);
  if (!code) return std::string("compile: ") + type_cname(exc_take());
  std::string direct = run(code);
  static std::vector<std::vector<uint8_t>> keep;  // bytecode is used in place: keep it
  keep.emplace_back();
  std::string error;
  if (!freeze::serialize(code, &keep.back(), &error)) return "serialize: " + error;
  Val loaded = frozen_load_code(keep.back().data(), keep.back().size());
  if (!loaded) return std::string("load: ") + type_cname(exc_take());
  std::string frozen = run(loaded);
  return direct == frozen ? "same: " + frozen : "differ: " + direct + " vs " + frozen;
}
}  // namespace

TEST(Frozen, ConstantsOfEveryKind) {
  EXPECT_EQ(roundtrip_matches("result = (None, True, False, ..., 7, -2**70, 1.5, 2j, 'é', b'\\x00b', (1, ('x',)))"),
            "same: (None, True, False, Ellipsis, 7, -1180591620717411303424, 1.5, 2j, 'é', b'\\x00b', (1, ('x',)))");
}

TEST(Frozen, FunctionsClosuresDefaultsAndKeywords) {
  EXPECT_EQ(roundtrip_matches("def mk(n, *, k=3):\n"
                              "    def add(x, y=10):\n"
                              "        return x + y + n + k\n"
                              "    return add\n"
                              "result = [mk(1)(2), mk(1, k=0)(2, y=0)]\n"),
            "same: [16, 3]");
}

TEST(Frozen, ClassesSuperGeneratorsAndExceptions) {
  EXPECT_EQ(roundtrip_matches("class A:\n"
                              "    def f(self): return 'A'\n"
                              "class B(A):\n"
                              "    def f(self): return 'B' + super().f()\n"
                              "def gen():\n"
                              "    yield from range(3)\n"
                              "try:\n"
                              "    1 / 0\n"
                              "except ZeroDivisionError as e:\n"
                              "    err = type(e).__name__\n"
                              "result = (B().f(), list(gen()), err, [x * x for x in range(4) if x])\n"),
            "same: ('BA', [0, 1, 2], 'ZeroDivisionError', [1, 4, 9])");
}

TEST(Frozen, LineNumbersSurviveInTracebacks) {
  // an error raised on line 3 of frozen code reports line 3
  ensure_init();
  const char* src = "x = 1\ny = 2\nraise ValueError('line three')\n";
  Val code = compile_source(src, strlen(src), str_intern_cstr("lines.py"), 0);
  ASSERT_NE(code, nullptr);
  static std::vector<uint8_t> bytes;
  std::string error;
  ASSERT_TRUE(freeze::serialize(code, &bytes, &error)) << error;
  Val loaded = frozen_load_code(bytes.data(), bytes.size());
  ASSERT_NE(loaded, nullptr);
  Val d = dict_new(4);
  EXPECT_EQ(exec_code(loaded, d, d), nullptr);
  Val exc = exc_take();
  Val tb = ((Exception*)exc)->traceback;
  ASSERT_NE(tb, nullptr);
  ASSERT_GE(((List*)tb)->len, 2u);
  EXPECT_EQ(((List*)tb)->items[1], small(3));
}

TEST(Frozen, TruncatedOrCorruptDataIsAnErrorNotACrash) {
  ensure_init();
  const char* src = "def f(a):\n    return [a, 'text', 2.5]\nresult = f(1)\n";
  Val code = compile_source(src, strlen(src), str_intern_cstr("c.py"), 0);
  ASSERT_NE(code, nullptr);
  std::vector<uint8_t> bytes;
  std::string error;
  ASSERT_TRUE(freeze::serialize(code, &bytes, &error));
  for (size_t cut = 0; cut < bytes.size(); cut++) {
    Val v = frozen_load_code(bytes.data(), cut);
    EXPECT_EQ(v, nullptr) << "prefix of " << cut << " bytes loaded";
    exc_take();
  }
  std::vector<uint8_t> bad = bytes;
  bad[0] = 'Z';
  EXPECT_EQ(frozen_load_code(bad.data(), bad.size()), nullptr);
  exc_take();
}

TEST(Frozen, LibModulesAreFrozenInTheBinaryOnly) {
  // this test executable links no frozen table: nothing is found, without error
  ensure_init();
  EXPECT_FALSE(frozen_exists("asyncio"));
  EXPECT_EQ(frozen_import(str_intern_cstr("asyncio")), nullptr);
  EXPECT_EQ(exc_pending(), nullptr);
}
