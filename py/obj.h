// The object model of the interpreter: values, types, and the built-in object layouts.
//
// A value (Val) is one machine word:
//   - bit 0 set: a small int, the value is the word shifted right by one (signed);
//   - otherwise a pointer to an object whose first field is its Type*.
// Objects live in the GC heap (gc.h) or in static memory (None, True, types...).
//
// Error convention (no C++ exceptions, no longjmp): every operation that can fail returns
// nullptr (or -1 for int results) after storing the pending exception in the thread state
// (see raise() in runtime.h). Callers must check and propagate.
//
// Native types are plain Type structs filled at start-up (type_init); a Type names a
// base type and provides slot functions. User classes are Types too, created at run time,
// whose slots look up the special methods (__add__ ...) in the class dict.
#pragma once
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gc.h"

// A microcontroller build (bare-metal ARM, or -DPYVGL_SMALL_RAM=1) keeps the interpreter's
// lookup caches small: they are static RAM, next to a heap of a few tens of KB.
#ifndef PYVGL_SMALL_RAM
#if defined(__arm__) && !defined(__linux__)
#define PYVGL_SMALL_RAM 1
#else
#define PYVGL_SMALL_RAM 0
#endif
#endif

namespace py {

struct Obj;
struct Type;
typedef Obj* Val;

struct Obj {
  Type* type;
};

// ---- small ints ----------------------------------------------------------------------
inline bool is_small(Val v) { return ((uintptr_t)v & 1) != 0; }
inline intptr_t small_val(Val v) { return (intptr_t)v >> 1; }
inline Val small(intptr_t i) { return (Val)(((uintptr_t)i << 1) | 1); }
constexpr intptr_t SMALL_MAX = INTPTR_MAX >> 1;
constexpr intptr_t SMALL_MIN = INTPTR_MIN >> 1;
inline bool fits_small(intptr_t i) { return i >= SMALL_MIN && i <= SMALL_MAX; }

// ---- operator codes shared by the compiler, VM and the binop/unop slots -------------
enum BinOp : int {
  OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
  OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR,
  OP_NUM_ARITH,  // in-place versions are OP_INPLACE + op
  OP_LT = OP_NUM_ARITH, OP_LE, OP_EQ, OP_NE, OP_GT, OP_GE,
  OP_IN, OP_NOT_IN, OP_IS, OP_IS_NOT, OP_EXC_MATCH,
  OP_COUNT,
  OP_INPLACE = 32,   // OP_INPLACE + OP_ADD ... (arith only)
  OP_REVERSED = 64,  // slot asked for the reflected op: self is the right operand
};
enum UnOp : int { UN_NEG, UN_POS, UN_INVERT, UN_NOT, UN_BOOL, UN_LEN, UN_HASH, UN_INT, UN_FLOAT, UN_ABS, UN_INDEX };

// ---- function pointer types for type slots ---------------------------------------------
// Calls: args holds npos positional values followed by nkw (name, value) pairs.
typedef Val (*CallFn)(Val self, int npos, int nkw, const Val* args);
typedef Val (*NewFn)(Type* t, int npos, int nkw, const Val* args);
typedef Val (*BinFn)(int op, Val self, Val other);
typedef Val (*UnFn)(int op, Val self);
typedef Val (*Fn1)(Val self);
typedef Val (*AttrFn)(Val self, Val name);             // nullptr + no error = missing
typedef int (*SetAttrFn)(Val self, Val name, Val v);  // v nullptr = delete; 0 ok, -1 error
typedef Val (*SubscrFn)(Val self, Val index, Val v);   // v: nullptr load, DELETE store
typedef void (*PrintFn)(struct Buf* b, Val self, bool repr);

// Raw byte buffer exposed by bytes, bytearray, str, memoryview, array...
struct Buffer {
  void* data;
  size_t len;
  bool writable;
  char typecode;  // 'B' for bytes-like
};
typedef bool (*GetBufFn)(Val self, Buffer* out, bool for_write);
// Attribute names a type computes instead of keeping in its dict (embedders' lazy tables):
// appends them to list `out`; false on error.
typedef bool (*DirFn)(Type* owner, Val self, Val out);

enum TypeFlags : uint32_t {
  TF_BASETYPE = 1,       // may be subclassed
  TF_USER = 2,           // created by a class statement
  TF_EXCEPTION = 4,      // BaseException or a subclass
  TF_HAS_GETATTR = 8,    // user class defines __getattr__
  TF_HAS_SETATTR = 16,   // user class defines __setattr__ or __delattr__
  TF_HAS_DESCR = 32,     // class dict holds data descriptors (property...)
  TF_SLOT_WRAPPERS = 64, // native type: __len__, __add__... wrappers are made on lookup
  TF_GETATTR_FALLBACK = 128,  // the getattr slot does the generic lookup first and only adds
                              // what it misses, so LOAD_METHOD may use the class dict directly
  TF_BINDS_SELF = 256,   // callable type whose instances, found in a class dict, are methods
                         // (bound to the instance like a Python function); e.g. an embedder's
                         // table-driven functions
};

struct Dict;
struct Tuple;

struct Type {
  Obj base;                 // type is an object too (its type is type_type)
  const char* name;         // C name for native types
  Val qname;                // interned name
  Type* base_type;          // first base (single-inheritance chain used for layout)
  Tuple* bases;             // all bases
  Tuple* mro;               // method resolution order, including this type
  Dict* dict;               // class attributes and methods
  Type* native;             // nearest native (non-user) type in the layout chain
  uint32_t flags;
  uint32_t instance_size;   // bytes to allocate for an instance (user classes)
  int16_t dict_offset;      // offset of the instance Dict* field, 0 = none,
                            // DICT_AFTER_TUPLE_ITEMS for tuple subclasses
  uint16_t attr_hint;       // user classes: the most attributes an instance dict has held
                            // (at most MAP_LINEAR_MAX), the size a new instance dict starts at
  PrintFn print;            // repr (repr=true) or str into a buffer
  UnFn unop;
  BinFn binop;
  CallFn call;
  NewFn make_new;           // type(...) constructor
  AttrFn getattr;           // complete attribute lookup, nullptr = generic
  SetAttrFn setattr;        // nullptr = generic
  SubscrFn subscr;
  Fn1 iter;                 // returns an iterator
  Fn1 next;                 // returns next item, STOP when exhausted, nullptr on error
  GetBufFn getbuffer;
  Val module;               // __module__ name or nullptr
  void* user;               // free for embedders (e.g. the binding's class record)
  DirFn dir;                // extra names for dir(), nullptr = the dict says it all
  AttrFn class_getattr;     // attributes of the class itself (self: the class, or a
                            // subclass) that its dict does not hold yet, e.g. an
                            // embedder's lazy tables; asked after the MRO lookup misses
  // Attributes of a native type kept in ROM (see type_add_methods): rows searched after
  // `dict`, which for a static type is only made when something is stored in it.
  const struct MethodDef* methods;  // terminated by a row with name nullptr
  const struct GetSetDef* getsets;  // terminated by a row with name nullptr
};

// ---- singletons --------------------------------------------------------------------
extern Obj none_obj, true_obj, false_obj, ellipsis_obj, notimpl_obj, stop_obj, delete_obj;
#define None (&::py::none_obj)
#define True_ (&::py::true_obj)
#define False_ (&::py::false_obj)
#define STOP (&::py::stop_obj)            // iterator exhausted (not an exception)
#define NOTIMPL (&::py::notimpl_obj)
#define DELETE_VAL (&::py::delete_obj)   // subscr slot: delete item
inline Val from_bool(bool b) { return b ? True_ : False_; }

// ---- built-in types -------------------------------------------------------------------
extern Type type_type, object_type, none_type, bool_type, int_type, float_type, complex_type,
    str_type, bytes_type, bytearray_type, memoryview_type, tuple_type, list_type, dict_type,
    set_type, frozenset_type, range_type, slice_type, func_type, native_func_type,
    bound_method_type, closure_cell_type, code_type, gen_type, module_type, property_type,
    staticmethod_type, classmethod_type, super_type, ellipsis_type, notimpl_type,
    enumerate_type, zip_type, map_type, filter_type, reversed_type, iterator_type,
    callable_iter_type, dict_view_type, range_iter_type, list_iter_type, str_iter_type, dict_iter_type,
    native_method_type, getset_type, bigint_type, fstring_type;

inline Type* type_of(Val v) { return is_small(v) ? &int_type : v->type; }
bool is_subtype(Type* t, Type* base);
inline bool isinst(Val v, Type* t) { Type* vt = type_of(v); return vt == t || is_subtype(vt, t); }

// ---- layouts ----------------------------------------------------------------------------
struct Str {  // str and bytes (immutable); data is UTF-8 for str, NUL-terminated
  Type* type;
  uint32_t hash;       // 0 = not computed yet
  uint32_t len;        // bytes
  uint32_t clen;       // code points (== len for bytes and ASCII)
  uint8_t interned;
  uint8_t external;    // data lives elsewhere (d.ptr), else inline after the header
  uint16_t pad;
  union {
    const char* ptr;
    char chars[sizeof(void*)];
  } d;
};
struct Float { Type* type; double v; };
struct Complex { Type* type; double re, im; };
struct BigInt {  // arbitrary precision, sign-magnitude, little-endian 32-bit digits
  Type* type;
  uint32_t len;  // digits used (no leading zero digits; 0 only for zero, which is never boxed)
  uint32_t neg;
  uint32_t d[1];
};
struct Tuple { Type* type; size_t len; Val items[1]; };
// Type::dict_offset of tuple subclasses: their instances hold the dict in items[len].
constexpr int16_t DICT_AFTER_TUPLE_ITEMS = -1;
struct List { Type* type; size_t len, cap; Val* items; };
struct MapEntry { Val key; Val value; };
// An insertion-ordered hash table (dict, set, instance attributes), in one block: `cap`
// entries, then (when the map keeps hashes) each entry's hash, then (when indexed) an index
// of 2*cap slots. A map of at most MAP_LINEAR_MAX entries is searched linearly and keeps no
// hashes (a key compares by identity first; a str's hash is cached in the str), unless it is
// a set's (keep_hashes: its iteration order is computed from them). A bigger map is indexed,
// keeps the hashes, and its cap is a power of two; its index slots are 1, 2 or 4 bytes wide,
// as the entry numbers need (obj_dict.cpp).
struct Map {
  uint32_t used;     // live entries
  uint32_t n;        // entries slots used (live + deleted)
  uint32_t cap : 30; // entries capacity
  uint32_t keep_hashes : 1;
  uint32_t other_keys : 1;  // a key that is not an interned str was added (0: a name lookup
                            // compares identities only, as interned strs are unique)
  uint32_t version;  // changes whenever keys are added or removed (lookup caches)
  MapEntry* entries;
};
constexpr uint32_t MAP_LINEAR_MAX = 8;
inline bool map_indexed(const Map* m) { return m->cap > MAP_LINEAR_MAX; }
inline bool map_hashed(const Map* m) { return m->keep_hashes || map_indexed(m); }
// A set keeps whole hashes; an indexed dict their low 32 bits (all a probe compares).
inline size_t map_hash_size(const Map* m) { return m->keep_hashes ? sizeof(uintptr_t) : sizeof(uint32_t); }
inline uint8_t* map_hash_area(const Map* m) { return (uint8_t*)(m->entries + m->cap); }
inline uintptr_t map_stored_hash(const Map* m, uint32_t i) {
  return m->keep_hashes ? ((uintptr_t*)map_hash_area(m))[i] : ((uint32_t*)map_hash_area(m))[i];
}
inline uint8_t* map_index(const Map* m) { return map_hash_area(m) + m->cap * map_hash_size(m); }
uint32_t map_new_version();
struct Dict { Type* type; Map map; };
struct Set { Type* type; Map map; };
struct ByteArray { Type* type; size_t len, cap; uint8_t* data; };
struct MemoryView { Type* type; Val obj; uint8_t* data; size_t len; bool readonly; };
struct Range { Type* type; intptr_t start, stop, step; };
struct Slice { Type* type; Val start, stop, step; };
struct Cell { Type* type; Val v; };
struct Property { Type* type; Val fget, fset, fdel, doc; };
struct StaticMethod { Type* type; Val f; };
struct BoundMethod { Type* type; Val self; Val f; };
// A module. Built-in modules keep their functions in a ROM table (`fns`) and, for the
// builtins module, a lookup function (`find`); `dict` holds what is stored at run time and
// is searched first (module_dict() copies the table in when a script needs the whole dict).
struct Module {
  Type* type;
  Dict* dict;
  Val name;
  const struct MethodDef* fns;        // terminated by a row with name nullptr
  const struct ModuleConst* consts;   // terminated by a row with name nullptr
  Val (*find)(Val name);
  // Attributes scripts may store or delete: nullptr = any (a Python module); a built-in
  // module is read-only as in MicroPython, but for these names (nullptr-terminated).
  const char* const* store_names;
};
extern const char* const MODULE_READ_ONLY[];  // {nullptr}
// A constant of a built-in module in ROM: an object (a const Float, a type...) or, when obj
// is nullptr, the small int small_int.
struct ModuleConst {
  const char* name;
  const void* obj;
  intptr_t small_int;
};
Dict* module_dict(Val m);  // nullptr on MemoryError
struct Super { Type* type; Type* cls; Val obj; };
struct Instance { Type* type; Dict* dict; };  // instance of a user class with native base object

// A native function. args: npos positional then nkw (name, value) pairs.
typedef Val (*NativeFnPtr)(int npos, int nkw, const Val* args);
enum NativeFlags : uint16_t { NF_KW = 1, NF_METHOD = 2, NF_CLASSMETHOD = 4, NF_STATIC = 8 };
struct NativeFunc {
  Type* type;
  const char* name;
  NativeFnPtr fn;
  int16_t min_args, max_args;  // positional, -1 = unlimited; counts self for methods
  uint16_t flags;
  Type* owner;                 // for methods: the type self must be an instance of
  void* ctx;                   // free for the embedder: read it in the call through
                               // ts.native_func (e.g. a binding's function table entry)
};
// attribute with C getter/setter on a native type
typedef Val (*GetterFn)(Val self);
typedef int (*SetterFn)(Val self, Val v);
struct GetSet { Type* type; const char* name; GetterFn get; SetterFn set; };

// A row of a const function table (module functions, builtins, methods). A row is laid
// out as a NativeFunc, so a table in ROM holds the function objects themselves: looking a
// name up returns the row, nothing is built in the heap.
struct MethodDef : NativeFunc {
  constexpr MethodDef(const char* n, NativeFnPtr f, int mn, int mx, uint16_t fl, Type* own = nullptr)
      : NativeFunc{&native_func_type, n, f, (int16_t)mn, (int16_t)mx, fl, own, nullptr} {}
};
// A row of a native type's method table: a method of OWNER (self is type-checked).
// Declare tables as `static const TypeMethod<&list_type> list_methods[] = {{"append", ...}, {nullptr...}}`.
template <Type* OWNER>
struct TypeMethod : MethodDef {
  constexpr TypeMethod(const char* n, NativeFnPtr f, int mn, int mx, uint16_t fl)
      : MethodDef(n, f, mn, mx, n ? (uint16_t)(fl | NF_METHOD) : fl, n ? OWNER : nullptr) {}
};
// A row of a native type's attribute table (C getter/setter), itself the descriptor object.
struct GetSetDef : GetSet {
  constexpr GetSetDef(const char* n, GetterFn g, SetterFn s) : GetSet{&getset_type, n, g, s} {}
};

// ---- growable text buffer (GC heap) --------------------------------------------------
struct Buf {
  char* data;   // inline storage while small, then a GC block
  size_t len, cap;
  bool failed;  // an allocation failed; MemoryError is pending once finished
  char inline_data[96];
};
void buf_init(Buf* b, size_t cap);
void buf_add(Buf* b, const char* s, size_t n);
inline void buf_adds(Buf* b, const char* s) { buf_add(b, s, strlen(s)); }
void buf_addc(Buf* b, char c);
void buf_printf(Buf* b, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_add_utf8(Buf* b, uint32_t cp);
Val buf_to_str(Buf* b);    // consumes the buffer; nullptr on MemoryError
Val buf_to_bytes(Buf* b);

// ---- constructors and accessors ------------------------------------------------------
Val alloc_obj(Type* t, size_t size);  // zeroed; raises MemoryError on failure

Val int_from(intptr_t i);             // small or big
Val int_from_i64(int64_t i);
Val int_from_u64(uint64_t u);
Val int_from_double(double d);        // raises for nan/inf
bool int_to_i64(Val v, int64_t* out);  // false if not an int or too large (no error set)
intptr_t int_as_ssize(Val v, bool* ok);  // raises TypeError/OverflowError when !ok
Val int_parse(const char* s, size_t n, int base, bool allow_underscore);  // raises ValueError
bool is_int(Val v);  // int or bool
double int_to_double(Val v);
Val bigint_normalize(BigInt* b);
Val int_binop(int op, Val a, Val b);
int int_sign(Val v);
Val int_format_base(Val v, int base, bool prefix, bool upper);
// digits of m in base 2..16 written backwards so that they end at `end`; returns the first
char* small_int_digits(uintptr_t m, int base, bool upper, char* end);

Val float_new(double d);
inline double float_val(Val v) { return ((Float*)v)->v; }
bool to_double(Val v, double* out);  // int/bool/float; false if not a number (no error)
void format_double(Buf* b, double d, char fmt, int prec, bool alt);  // 'r' = repr
Val complex_new(double re, double im);

Val str_new(const char* s, size_t n);
// A str of n bytes (n > 0, at most 0x7fffffff) made in the caller's memory at `at` (aligned
// as Str), which takes str_placed_size(n) bytes: interned names, packed in pools.
size_t str_placed_size(size_t n);
Val str_place(void* at, const char* s, size_t n);
Val str_new_cstr(const char* s);
Val str_intern(const char* s, size_t n);
Val str_intern_cstr(const char* s);
Val str_intern_val(Val s);
Val bytes_new(const char* s, size_t n);
inline const char* str_data(Val s) { Str* x = (Str*)s; return x->external ? x->d.ptr : x->d.chars; }
inline size_t str_len(Val s) { return ((Str*)s)->len; }
uint32_t str_hash(Val s);
bool str_eq(Val a, Val b);
inline bool is_str(Val v) { return !is_small(v) && (v->type == &str_type || is_subtype(v->type, &str_type)); }
Val str_from_printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
uint32_t utf8_decode(const char** p, const char* end);  // next code point
size_t utf8_offset(Val s, intptr_t cp_index);           // byte offset of a code point
Val str_modulo(Val fmt, Val args);
Val format_value(Val v, Val spec);  // format(v, spec)
Val str_join(Val sep, Val iterable);
Val str_decode_bytes(const char* s, size_t n);

Val tuple_new(size_t n);  // items None-initialised? no: nullptr-filled, fill before use
Val tuple_from(size_t n, const Val* items);
inline Val* tuple_items(Val t) { return ((Tuple*)t)->items; }
inline size_t tuple_len(Val t) { return ((Tuple*)t)->len; }
Val list_new(size_t n);  // n None items
Val list_from(size_t n, const Val* items);
int list_append(Val l, Val v);
Val list_from_iter(Val iterable);
Val list_sort(Val l, Val key, bool reverse);
extern Tuple empty_tuple;

Val dict_new(size_t hint);
Val dict_for_start(Val d);           // `for k in d` in place (vm.cpp): the first position, or nullptr
Val dict_for_next(Val d, Val* pos);  // the next key (pos advanced), STOP, or nullptr (size changed)
Val set_for_start(Val s);           // the same for small sets and frozensets (obj_set.cpp)
Val set_for_next(Val s, Val* pos);
extern Type array_type;
Val array_for_start(Val a);         // and integer arrays (mod_array.cpp); nullptr: a float array
Val array_for_next(Val a, Val* pos);
Val dict_get(Val d, Val key);                  // nullptr if missing (error may be set: check exc)
Val dict_get_str(Val d, Val interned_key);     // fast path for interned keys; nullptr = missing
int dict_set(Val d, Val key, Val v);
int dict_del(Val d, Val key);                  // 0 ok, 1 missing (no error), -1 error
Val dict_lookup(Val d, Val key, bool* found);  // nullptr+!found: missing; nullptr+found: error

// Map internals used by dict, set, and instance attributes
MapEntry* map_find(Map* m, Val key, uintptr_t hash, bool* error);
int map_insert(Map* m, Val key, uintptr_t hash, Val v);  // -1 error (MemoryError, a failing __hash__)
bool map_entry_hash(Map* m, uint32_t i, uintptr_t* out);  // entry i's hash (a set's stored, else computed); false on error
bool map_update(Map* dst, Map* src, Val value);  // src's entries into dst (value: all values, nullptr: src's)
void map_clear(Map* m);
bool map_remove(Map* m, Val key, uintptr_t hash, bool* error, Val* old_value);
bool hash_of(Val v, uintptr_t* out);  // false on error (unhashable)

Val set_new(Type* t);
int set_add(Val s, Val v);
int set_contains(Val s, Val v);  // -1 error

Val bytearray_new(size_t n);
Val range_new(intptr_t a, intptr_t b, intptr_t c);
Val slice_new(Val a, Val b, Val c);
// normalise a slice against a sequence length: returns false with error set
bool slice_indices(Val slice, intptr_t len, intptr_t* start, intptr_t* stop, intptr_t* step, intptr_t* count);
// index for a sequence of length len (negative wraps). Raises IndexError naming what.
bool seq_index(Val idx, size_t len, size_t* out, const char* what);

Val cell_new(Val v);
Val bound_method_new(Val self, Val f);
Val native_func_new(const char* name, NativeFnPtr fn, int min_args, int max_args, uint16_t flags);
Val module_new(Val name);
Val getset_new(const char* name, GetterFn get, SetterFn set);

// type construction for native types and the embedding API
void type_init(Type* t, const char* name, Type* base, uint32_t flags);
// Methods of a type: rows made for t (TypeMethod<&t>) are used in place, others (a type
// built at run time, a table shared by several types) get function objects in the heap.
void type_add_methods(Type* t, const MethodDef* defs);  // terminated by {nullptr}
// The ROM table of a native type's methods: used in place, nothing is allocated.
void type_set_method_table(Type* t, const MethodDef* rows);
template <Type* OWNER>
inline void type_add_methods(Type* t, const TypeMethod<OWNER>* defs) {
  static_assert(sizeof(TypeMethod<OWNER>) == sizeof(MethodDef), "rows are read as MethodDef");
  type_set_method_table(t, defs);
}
void type_set_getset_table(Type* t, const GetSetDef* rows);  // terminated by {nullptr}
Val type_qname(Type* t);      // the interned name (made on first use)
Tuple* type_mro(Type* t);     // __mro__ (made on first use for native types); nullptr on MemoryError
Dict* type_dict(Type* t);     // the writable dict of a type (made on first use); nullptr on MemoryError
void type_add_attr(Type* t, const char* name, Val v);
int type_dict_set(Type* t, Val name, Val v);  // class attribute by interned name; 0 ok, -1 error
void type_add_getset(Type* t, const char* name, GetterFn get, SetterFn set);
Val type_lookup(Type* t, Val name);  // MRO search, nullptr = missing (no error)
Val type_new_user(Val name, Val bases, Val dict);  // build a class (type(name, bases, dict))
Val instance_new(Type* t);  // raw instance of a user class (not initialised)
Dict** instance_dict_ptr(Val o);  // nullptr if the object has no attribute dict

// exceptions
struct Exception {
  Type* type;
  Dict* dict;
  Val args;       // tuple
  Val traceback;  // list of (filename, line, funcname) triples flattened, or nullptr
  Val cause, context;
  Val value;      // StopIteration.value, SystemExit.code
  bool suppress_context;
  void* tb_frame;  // frame of the last traceback entry (avoids duplicates on re-raise)
};
extern Type BaseException_type, Exception_type, SystemExit_type, KeyboardInterrupt_type,
    GeneratorExit_type, StopIteration_type, StopAsyncIteration_type, ArithmeticError_type,
    ZeroDivisionError_type, OverflowError_type, AssertionError_type, AttributeError_type,
    EOFError_type, ImportError_type, ModuleNotFoundError_type, LookupError_type,
    IndexError_type, KeyError_type, MemoryError_type, NameError_type,
    UnboundLocalError_type, OSError_type, RuntimeError_type, NotImplementedError_type,
    RecursionError_type, SyntaxError_type, IndentationError_type, TypeError_type,
    ValueError_type, UnicodeError_type, UnicodeDecodeError_type, UnicodeEncodeError_type,
    FloatingPointError_type, TimeoutError_type, FileNotFoundError_type, CancelledError_type;
Val exc_new(Type* t, int n, const Val* args);
Val exc_new_msg(Type* t, const char* msg);
void exc_add_traceback(Val exc, Val file, int line, Val func);
inline bool is_exc(Val v) { return !is_small(v) && (v->type->flags & TF_EXCEPTION); }

}  // namespace py
