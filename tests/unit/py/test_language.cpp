// Language core through the embedding API: compile and run small programs.
#include "interp_env.h"

using pytest::eval_after;

TEST(Language, Arithmetic) {
  EXPECT_EQ(eval_after("", "1 + 2 * 3"), "7");
  EXPECT_EQ(eval_after("", "-7 // 2"), "-4");
  EXPECT_EQ(eval_after("", "-7 % 2"), "1");
  EXPECT_EQ(eval_after("", "2 ** 100"), "1267650600228229401496703205376");
  EXPECT_EQ(eval_after("", "0.1 + 0.2"), "0.30000000000000004");
  EXPECT_EQ(eval_after("", "1 / 0"), "!ZeroDivisionError");
}

TEST(Language, BigIntegers) {
  EXPECT_EQ(eval_after("", "(2 ** 200) // (3 ** 50)"), "2238393297946874000179418290327143433");
  EXPECT_EQ(eval_after("", "(-(2 ** 100)) >> 3"), "-158456325028528675187087900672");
  EXPECT_EQ(eval_after("", "(2 ** 70 - 1) & -(2 ** 65)"), "1143698132569992200192");
  EXPECT_EQ(eval_after("", "int('123456789012345678901234567890') % 97"), "52");
  EXPECT_EQ(eval_after("", "hex(2 ** 64)"), "0x10000000000000000");
}

TEST(Language, FunctionsClosuresGenerators) {
  EXPECT_EQ(eval_after("def f(a, b=2, *c, d=4, **e):\n    return (a, b, c, d, sorted(e))\n", "f(1, 3, 5, d=6, z=7)"),
            "(1, 3, (5,), 6, ['z'])");
  EXPECT_EQ(eval_after("def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"
                       "c = mk()\nc()\n",
                       "c()"),
            "2");
  EXPECT_EQ(eval_after("def g():\n    x = yield 1\n    yield x * 2\nit = g()\nnext(it)\n", "it.send(21)"), "42");
  EXPECT_EQ(eval_after("", "[x * x for x in range(5) if x % 2]"), "[1, 9]");
}

TEST(Language, ClassesAndExceptions) {
  EXPECT_EQ(eval_after("class A:\n    def __init__(self, v): self.v = v\n    def __add__(self, o): return A(self.v + o.v)\n"
                       "    def __repr__(self): return 'A(%d)' % self.v\n",
                       "A(1) + A(2)"),
            "A(3)");
  EXPECT_EQ(eval_after("class B(Exception): pass\ntry:\n    raise B('x')\nexcept Exception as e:\n    r = type(e).__name__\n", "r"),
            "B");
  EXPECT_EQ(eval_after("def f():\n    try:\n        return 1\n    finally:\n        return 2\n", "f()"), "2");
  EXPECT_EQ(eval_after("", "undefined_name"), "!NameError");
  EXPECT_EQ(eval_after("x = (", "1"), "!SyntaxError");
}

TEST(Language, RecursionLimit) {
  EXPECT_EQ(eval_after("def f(): f()\n", "f()"), "!RuntimeError");
  EXPECT_EQ(eval_after("l = []\nfor i in range(20000):\n    l = [l]\n", "repr(l)"), "!RuntimeError");
}

TEST(Language, Formatting) {
  EXPECT_EQ(eval_after("", "'%5.2f|%-4d|%s' % (3.14159, 7, 'x')"), " 3.14|7   |x");
  EXPECT_EQ(eval_after("", "'{:>6}|{:^5}|{:08.3f}'.format('ab', 'c', -2.5)"), "    ab|  c  |-002.500");
  EXPECT_EQ(eval_after("n = 255\n", "f'{n:#x} {n!r:>5} {n=}'"), "0xff   255 n=255");
}

TEST(Language, SubclassesOfBuiltins) {
  EXPECT_EQ(eval_after("class N(int):\n    def twice(self): return self * 2\n", "N(21).twice()"), "42");
  EXPECT_EQ(eval_after("class L(list):\n    def total(self): return sum(self)\n", "L([1, 2, 3]).total()"), "6");
  EXPECT_EQ(eval_after("class D(dict):\n    def __missing__(self, k): return k * 2\n", "D()[21]"), "42");
  EXPECT_EQ(eval_after("class M(type):\n    def __new__(m, n, b, ns):\n        ns['tag'] = n\n"
                       "        return super().__new__(m, n, b, ns)\nclass K(metaclass=M): pass\n",
                       "K.tag"),
            "K");
}

TEST(Language, SetsIterateLikeCPython) {
  EXPECT_EQ(eval_after("", "{3, 1, 2}"), "{1, 2, 3}");
  EXPECT_EQ(eval_after("", "set([5, 4, 10, 1])"), "{1, 10, 4, 5}");
  EXPECT_EQ(eval_after("", "{(0, 1), (1, 0), (1, 1), (0, 0)}"), "{(0, 1), (1, 0), (1, 1), (0, 0)}");
}

TEST(Language, NumericCorners) {
  EXPECT_EQ(eval_after("", "(10 ** 30 + 1) / 7"), "1.4285714285714285e+29");
  EXPECT_EQ(eval_after("", "-15.5 // -778.25"), "0.0");
  EXPECT_EQ(eval_after("", "2 ** 53 + 1 == 2.0 ** 53"), "False");
  EXPECT_EQ(eval_after("", "repr(1e-05) + ' ' + repr(1e16) + ' ' + repr(0.0001)"), "1e-05 1e+16 0.0001");
  EXPECT_EQ(eval_after("", "round(2.675, 2), round(0.5), round(1.5)"), "(2.67, 0, 2)");
}
