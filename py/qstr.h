// Pre-interned strings, available as static objects: Q(name) is the interned str "name".
// Attribute and global names are interned, so comparisons with Q(...) are pointer tests.
#pragma once
#include "obj.h"

#define PY_QSTRS(X) \
  X(__init__) X(__new__) X(__repr__) X(__str__) X(__eq__) X(__ne__) X(__lt__) X(__le__) \
  X(__gt__) X(__ge__) X(__hash__) X(__len__) X(__bool__) X(__getitem__) X(__setitem__) \
  X(__delitem__) X(__contains__) X(__iter__) X(__next__) X(__call__) X(__getattr__) \
  X(__getattribute__) X(__setattr__) X(__delattr__) X(__enter__) X(__exit__) X(__index__) \
  X(__int__) X(__float__) X(__complex__) X(__add__) X(__sub__) X(__mul__) X(__matmul__) \
  X(__truediv__) X(__floordiv__) X(__mod__) X(__pow__) X(__lshift__) X(__rshift__) \
  X(__and__) X(__or__) X(__xor__) X(__radd__) X(__rsub__) X(__rmul__) X(__rmatmul__) \
  X(__rtruediv__) X(__rfloordiv__) X(__rmod__) X(__rpow__) X(__rlshift__) X(__rrshift__) \
  X(__rand__) X(__ror__) X(__rxor__) X(__iadd__) X(__isub__) X(__imul__) X(__imatmul__) \
  X(__itruediv__) X(__ifloordiv__) X(__imod__) X(__ipow__) X(__ilshift__) X(__irshift__) \
  X(__iand__) X(__ior__) X(__ixor__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) \
  X(__get__) X(__set__) X(__delete__) X(__name__) X(__qualname__) X(__module__) \
  X(__class__) X(__dict__) X(__doc__) X(__main__) X(__file__) X(__bases__) X(__mro__) \
  X(__slots__) X(__build_class__) X(__import__) X(__all__) X(__path__) X(__self__) \
  X(__func__) X(__round__) X(__reversed__) X(__init_subclass__) X(__set_name__) \
  X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) X(__class_getitem__) \
  X(__missing__) X(__format__) X(__sizeof__) X(__annotations__) X(__builtins__) \
  X(__cause__) X(__context__) X(__traceback__) X(__defaults__) X(__code__) X(__closure__) \
  X(__globals__) X(__length_hint__) X(__divmod__) X(__rdivmod__) X(__trunc__) X(__ceil__) X(__floor__) \
  X(args) X(value) X(code) X(errno) X(strerror) X(send) X(throw) X(close) X(keys) X(items) \
  X(values) X(range) X(append) X(extend) X(write) X(read) X(readline) X(flush) X(sep) X(end) X(file) X(key) \
  X(reverse) X(default) X(start) X(step) X(stop) X(real) X(imag) X(self) X(super) \
  X(fget) X(fset) X(fdel) X(doc) X(setter) X(getter) X(deleter) X(name) X(main) X(builtins) \
  X(sys) X(encoding) X(errors) X(object) X(strict) X(mode) X(format) X(upper) X(lower) \
  X(fromkeys) X(metaclass) X(decode) X(encode) X(get) X(update) X(pop) X(iterable) \
  X(maxsplit) X(keepends) X(ndigits)

#define PY_QSTRS_SPECIAL(X) \
  X(module, "<module>") X(lambda, "<lambda>") X(listcomp, "<listcomp>") \
  X(dictcomp, "<dictcomp>") X(setcomp, "<setcomp>") X(genexpr, "<genexpr>") \
  X(stdin, "<stdin>") X(string, "<string>") X(empty, "") X(dot, ".") X(star, "*")

namespace py {

enum QstrIndex {
#define PY_Q_ENUM(n) QI_##n,
#define PY_QS_ENUM(n, s) QI_##n,
  PY_QSTRS(PY_Q_ENUM) PY_QSTRS_SPECIAL(PY_QS_ENUM) QI_COUNT
#undef PY_Q_ENUM
#undef PY_QS_ENUM
};
extern const Str qstr_table[QI_COUNT];  // in ROM
void qstr_init();
// Interned strings made at run time (the static ones are in ROM): how many, the bytes of
// their text, and the bytes of heap they and the intern table take.
void qstr_stats(size_t* count, size_t* text_bytes, size_t* heap_bytes);

}  // namespace py

#define Q(n) ((::py::Val)&::py::qstr_table[::py::QI_##n])
