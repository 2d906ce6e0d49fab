/**
 * @file call.h
 * The signature-based caller: calls any bound C function from an array of argument words,
 * and routes calls of generated callback trampolines to the runtime.
 *
 * No libffi, no assembly: bindgen emits one small C++ caller per distinct ABI signature
 * (binding/tables.h, Module::callers) and call() dispatches through it.
 */
#ifndef PYVGL_BINDING_CALL_H
#define PYVGL_BINDING_CALL_H

#include "tables.h"

namespace pyvgl {
namespace binding {

/** Calls function `fn` of module `m`. `args` holds one Word per C argument, normalised as
 *  Word describes; `result` receives the return value (for a struct returned by value,
 *  result->p must point to a buffer of the struct's size before the call). */
void call(const Module & m, uint16_t fn, const Word * args, Word * result);

/** Decodes name `name` into buf (always NUL-terminated, truncated to size); returns its full length. */
size_t name_copy(const Module & m, uint32_t name, char * buf, size_t size);

/** Compares name `name` with `s` like strcmp. */
int name_compare(const Module & m, uint32_t name, const char * s);

/** Index of the function called `name` among [first, first + count) (sorted by name), or NONE. */
uint16_t find_function(const Module & m, uint16_t first, uint16_t count, const char * name);

/** Index of the module-level function, class, struct or module-level group called `name`, or NONE. */
uint16_t find_module_function(const Module & m, const char * name);
uint16_t find_class(const Module & m, const char * name);
uint16_t find_struct(const Module & m, const char * name);
uint16_t find_group(const Module & m, uint16_t first, uint16_t count, const char * name);
uint16_t find_variable(const Module & m, const char * name);

/** Member `name` of group `g`, or NONE: for G_STR groups an index into str_members, for
 *  integer groups the u16 offset of its record in int_members. */
uint16_t find_member(const Module & m, uint16_t g, const char * name);
/** The member at position k (0 <= k < count) of group `g`, as find_member() returns it. */
inline uint16_t member_at(const Module & m, uint16_t g, uint16_t k)
{
    const EnumGroup & grp = m.groups[g];
    unsigned stride = grp.kind == G_STR ? 1 : grp.kind == G_INT16 ? 2 : 3;  // StrConst, or u16 per record
    return static_cast<uint16_t>(grp.first + k * stride);
}
/** Name of member `at` (from find_member / member_at) of group `g`. */
inline uint16_t member_name(const Module & m, uint16_t g, uint16_t at)
{
    return m.groups[g].kind == G_STR ? m.str_members[at].name : m.int_members[at];
}
/** Value of integer member `at` of group `g`. */
int64_t int_member_value(const Module & m, uint16_t g, uint16_t at);
/** Value of string member `at` (a G_STR group). */
inline const char * str_member_value(const Module & m, uint16_t at) { return m.str_values + m.str_members[at].value; }
/** Caller index and FunctionFlags of function `fn` (stored before its signature). */
inline uint8_t function_caller(const Module & m, uint16_t fn) { return m.sigs[m.functions[fn].sig - 2]; }
inline uint8_t function_flags(const Module & m, uint16_t fn) { return m.sigs[m.functions[fn].sig - 1]; }

/** What a name resolves to (resolve_* below). `index` is a function, class, struct, group,
 *  int_members / str_members, variable or field index depending on `kind`. */
struct Attr {
    enum Kind : uint8_t { NONE_, FUNCTION, CLASS, STRUCT, GROUP, INT, STR, VARIABLE, FIELD } kind;
    uint16_t index;
    uint16_t group;  ///< INT and STR: the member's group
};

/** `lv.<name>`: module function, class, struct type, group, variable, ungrouped constant;
 *  then the spellings the original binding also accepted, without extra table entries:
 *  a group member written flat (ANIM_REPEAT_INFINITE for ANIM.REPEAT_INFINITE), a
 *  class-scoped group written flat (OBJ_FLAG, OBJ_FLAG_HIDDEN), a struct or class method
 *  written as a module function (indev_reset for indev_t.reset, obj_set_x for obj.set_x). */
Attr resolve_module_attr(const Module & m, const char * name);

/** `<class>.<name>`: methods and class-scoped groups of the class and of its bases. */
Attr resolve_class_attr(const Module & m, uint16_t cls, const char * name);

/** `<struct>.<name>`: methods first (a method and a field may share a name), then fields. */
Attr resolve_struct_attr(const Module & m, uint16_t st, const char * name);

/** Reading a signature: Signature points at a type in the signature pool. */
struct SigReader {
    const uint8_t * p;
    /** Code of the current type. */
    TypeCode code() const { return static_cast<TypeCode>(*p & ~(T_HANDED_BACK | T_CONST_TARGET)); }
    /** A pointer argument to const data (T_CONST_TARGET). */
    bool const_target() const { return (*p & T_CONST_TARGET) != 0; }
    /** A T_PTR the engine only hands back (user_data): Python objects may be passed by address. */
    bool handed_back() const { return (*p & T_HANDED_BACK) != 0; }
    /** Table index following the code (T_STRUCT_PTR, T_STRUCT_VAL, T_CALLBACK). */
    uint16_t index() const { return static_cast<uint16_t>(p[1] | (p[2] << 8)); }
    /** Element type of a T_ARRAY. */
    SigReader element() const { return SigReader{p + 1}; }
    /** Moves to the type after the current one (inline: every argument of every call). */
    void next()
    {
        while(code() == T_ARRAY) p++;  // an array's element type follows its code
        p += (code() == T_STRUCT_PTR || code() == T_STRUCT_VAL || code() == T_CALLBACK) ? 3 : 1;
    }
};

/** The return type of function `fn`; argument types follow via args_of(). */
inline SigReader return_type_of(const Module & m, uint16_t fn) { return SigReader{m.sigs + m.functions[fn].sig}; }
/** Number of C arguments of the signature at pool offset `sig`. */
inline uint8_t arg_count(const Module & m, uint16_t sig)
{
    SigReader r{m.sigs + sig};
    r.next();
    return *r.p;
}
/** The first argument type of the signature at pool offset `sig` (call next() to advance). */
inline SigReader first_arg(const Module & m, uint16_t sig)
{
    SigReader r{m.sigs + sig};
    r.next();
    return SigReader{r.p + 1};
}

/** A field's type with its array length and bitfield position unpacked (T_FIXED, T_BITS). */
struct FieldLayout {
    SigReader type;      ///< the element type for arrays; for bitfields T_BITS itself
    uint16_t count;      ///< array length, 0 for a plain field
    uint8_t bit_offset;  ///< bitfields: first bit from Field::offset
    uint8_t bit_width;   ///< bitfields: width in bits, 0 for other fields
};
inline FieldLayout field_layout(const Module & m, const Field & f)
{
    SigReader t{m.sigs + f.type};
    if(t.code() == T_FIXED) return FieldLayout{SigReader{t.p + 3}, t.index(), 0, 0};
    if(t.code() == T_BITS) return FieldLayout{t, 0, t.p[1], t.p[2]};
    return FieldLayout{t, 0, 0, 0};
}

/** Size in bytes of a value of scalar type `code` in memory (pointers: sizeof(void *)),
 *  0 for T_VOID, T_STRUCT_VAL (see Struct::size) and T_ARRAY. */
size_t scalar_size(TypeCode code);

// inline: every integer argument and result of every call goes through these three

/** True if integer `v` is in the range of integer type `code` (T_BOOL: 0 or 1). */
inline bool int_fits(TypeCode code, int64_t v)
{
    switch(code) {
        case T_BOOL: return v == 0 || v == 1;
        case T_I8: return v >= INT8_MIN && v <= INT8_MAX;
        case T_U8: return v >= 0 && v <= UINT8_MAX;
        case T_I16: return v >= INT16_MIN && v <= INT16_MAX;
        case T_U16: return v >= 0 && v <= UINT16_MAX;
        case T_I32: return v >= INT32_MIN && v <= INT32_MAX;
        case T_U32: return v >= 0 && v <= (int64_t)UINT32_MAX;
        case T_I64: return true;
        case T_U64: return v >= 0;
        default: return false;
    }
}

/** The argument word of integer `v` for integer type `code`, normalised as Word describes.
 *  Check int_fits() first: the value is truncated to the type. */
inline Word int_word(TypeCode code, int64_t v)
{
    Word w;
    w.u64 = 0;
    switch(code) {
        case T_BOOL: w.i32 = v != 0; break;
        case T_I8: w.i32 = (int8_t)v; break;
        case T_U8: w.u32 = (uint8_t)v; break;
        case T_I16: w.i32 = (int16_t)v; break;
        case T_U16: w.u32 = (uint16_t)v; break;
        case T_I32: w.i32 = (int32_t)v; break;
        case T_U32: w.u32 = (uint32_t)v; break;
        default: w.i64 = v; break;
    }
    return w;
}

/** The integer a word of integer type `code` holds (T_U64 above INT64_MAX: the bit pattern). */
inline int64_t word_int(TypeCode code, const Word & w)
{
    switch(code) {
        case T_BOOL: return w.i32 != 0;
        case T_I8: return (int8_t)w.i32;
        case T_U8: return (uint8_t)w.u32;
        case T_I16: return (int16_t)w.i32;
        case T_U16: return (uint16_t)w.u32;
        case T_I32: return w.i32;
        case T_U32: return w.u32;
        default: return w.i64;
    }
}

/** Reads a scalar of type `code` at `at` (a struct field, an array element) into a word. */
void load_scalar(TypeCode code, const void * at, Word * out);

/** Writes a word holding a scalar of type `code` to `at`. */
void store_scalar(TypeCode code, void * at, const Word & w);

/** Reads / writes a bitfield (Field::bit_offset, Field::bit_width) of the bytes at `at`. */
uint32_t load_bits(const void * at, uint8_t bit_offset, uint8_t bit_width);
void store_bits(void * at, uint8_t bit_offset, uint8_t bit_width, uint32_t value);

/** The runtime's handler for callbacks: receives the callback index and its arguments as
 *  words, and writes the value the C caller expects into `result`. */
typedef void (*CallbackHandler)(const Module & m, uint16_t cb, const Word * args, Word * result);

/** Installs the handler every trampoline calls (NULL: callbacks return zero). */
void set_callback_handler(CallbackHandler handler);

/** Called by the generated trampolines, which zero `*result` (or point result->p at the
 *  buffer of a struct returned by value) before the call. */
void dispatch_callback(const Module & m, uint16_t cb, const Word * args, Word * result);

// Minimal type traits (no <type_traits>: the core must build freestanding).
template <typename T> struct IsPointer { static const bool value = false; };
template <typename T> struct IsPointer<T *> { static const bool value = true; };
template <typename T> struct IsPointer<T * const> { static const bool value = true; };
template <typename A, typename B> struct IsSame { static const bool value = false; };
template <typename A> struct IsSame<A, A> { static const bool value = true; };
/** True for signed integer types (T must be an integer type). */
template <typename T> constexpr bool is_signed_int() { return static_cast<T>(0) > static_cast<T>(-1); }

/** Word <-> C value conversions used by the generated callers and trampolines. Integers up to
 *  32 bits live in i32 (normalised), wider ones in i64, pointers in p, floats in f32/f64. */
template <typename T>
inline T word_get(const Word & w)
{
    if constexpr(IsPointer<T>::value) return (T)(w.p);
    else if constexpr(IsSame<T, bool>::value) return w.i32 != 0;
    else if constexpr(IsSame<T, float>::value) return w.f32;
    else if constexpr(IsSame<T, double>::value) return w.f64;
    else if constexpr(sizeof(T) == 8) return (T)(w.i64);
    else return (T)(w.i32);
}

template <typename T>
inline void word_put(Word * w, T v)
{
    if constexpr(IsPointer<T>::value) w->cp = (const void *)(v);
    else if constexpr(IsSame<T, bool>::value) w->u64 = 0, w->i32 = v ? 1 : 0;
    else if constexpr(IsSame<T, float>::value) w->f32 = v;
    else if constexpr(IsSame<T, double>::value) w->f64 = v;
    else if constexpr(sizeof(T) == 8) w->i64 = (int64_t)(v);
    else if constexpr(__is_enum(T)) w->u64 = 0, w->i32 = (int32_t)(v);
    else if constexpr(is_signed_int<T>()) w->u64 = 0, w->i32 = (int32_t)(v);  // sign-extended
    else w->u64 = 0, w->u32 = (uint32_t)(v);                                    // zero-extended
}

} // namespace binding
} // namespace pyvgl

#endif
