/**
 * @file tables.h
 * The format of the tables bindgen emits for a generated module (see binding/README.md).
 *
 * Everything here is plain constant data: it lives in flash on a microcontroller, holds no
 * constructors, and is read by the binding runtime to build the Python module lazily.
 * Names are offsets into one pool of word-encoded names (see Module::names); C types are
 * byte strings of type codes in one signature pool; functions are called through one "caller" per distinct
 * ABI signature (binding/call.h), never through one C wrapper per function.
 */
#ifndef PYVGL_BINDING_TABLES_H
#define PYVGL_BINDING_TABLES_H

#include <stddef.h>
#include <stdint.h>

namespace pyvgl {
namespace binding {

/** One argument or result of a C call, as the caller functions read and write it.
 *  Small integers are stored normalised in i32 (sign- or zero-extended to 32 bits),
 *  bool as 0/1 in i32, structs passed by value as a pointer to their bytes in p, and a
 *  struct returned by value is written to the buffer the runtime put in result->p. */
union Word {
    int32_t i32;
    uint32_t u32;
    int64_t i64;
    uint64_t u64;
    float f32;
    double f64;
    void * p;
    const void * cp;
    const char * s;
};

/** A C function pointer of unknown type; callers cast it back to its ABI signature. */
typedef void (*AnyFn)(void);

/** Calls `fn` with `args`, storing the return value (if any) in `*result`. */
typedef void (*Caller)(AnyFn fn, const Word * args, Word * result);

/** "No index" in any 16-bit index field. */
const uint16_t NONE = 0xFFFF;

/** Type codes of the signature pool. A signature is: return type, argument count (one
 *  byte), then each argument type. A type is one code byte, followed by a 16-bit little
 *  endian index for the codes that name a table entry, or by an element type for ARRAY. */
enum TypeCode : uint8_t {
    T_VOID = 0,
    T_BOOL,
    T_I8,
    T_U8,
    T_I16,
    T_U16,
    T_I32,
    T_U32,
    T_I64,
    T_U64,
    T_F32,
    T_F64,
    T_STR,        ///< const char *: a Python str in, a str (or None for NULL) out
    T_PTR,        ///< any other pointer (void *, unknown types): an opaque value, NULL <-> None
    T_OBJ,        ///< pointer to the class object type (lv_obj_t *): one Python object per object
    T_STRUCT_PTR, ///< + u16 struct index: pointer to a struct (or, for inputs, an array of them)
    T_STRUCT_VAL, ///< + u16 struct index: struct passed or returned by value
    T_CALLBACK,   ///< + u16 callback index: function pointer with a user_data convention
    T_ARRAY,      ///< + element type: pointer to scalars/strings/objects, e.g. const int32_t *
    // struct field types only (read them with field_layout(), call.h):
    T_FIXED,      ///< + u16 count + element type: a fixed array field, `lv_point_t pts[4]`
    T_BITS,       ///< + u8 first bit (from Field::offset) + u8 width: an unsigned bitfield
    T_COUNT_,
    /** Flag on a T_PTR argument or field the engine only stores and hands back (user_data,
     *  an animation's var): it may hold a dict or a class instance. SigReader::code() masks it. */
    T_HANDED_BACK = 0x80,
    /** Flag on a pointer argument to const data: constant data (the module's variables:
     *  fonts, class descriptors in flash) may be passed only there. */
    T_CONST_TARGET = 0x40
};

/** Per-function flag bits (Function::flags). */
enum FunctionFlags : uint8_t {
    F_USER_DATA_ARG_MASK = 0x0F, ///< index of the `void * user_data` argument, 0x0F if none
    F_NO_USER_DATA_ARG = 0x0F,
    F_CONSTRUCTOR = 0x10,        ///< <prefix>_<class>_create(parent)
    F_INLINE = 0x20,             ///< a static inline function of the headers
    F_NULLABLE_FIRST = 0x40,     ///< the first argument may be NULL (its doc says so): None
                                 ///< is passed even where it is a method's object
    F_HOLDER_VIA_GETTER = 0x80,  ///< the callback's struct is what the object's getter
                                 ///< `get_<struct>()` returns (animimg.set_start_cb: get_anim);
                                 ///< its user_data field keeps the holder
};

/** A bound C function. Its pointer is Module::fnptrs[index] (kept apart so this stays 4 bytes).
 *  Its caller index and FunctionFlags are the two bytes of the signature pool just before
 *  its signature (sigs[sig - 2], sigs[sig - 1]): functions of the same signature and flags
 *  share them (function_caller() / function_flags(), call.h). */
struct Function {
    uint16_t name;    ///< Python name (the verb for methods), name pool offset
    uint16_t sig;     ///< signature pool offset of the return type, preceded by caller and flags
};

/** A widget class from <prefix>_<name>_create(parent). */
struct Class {
    uint16_t name;          ///< e.g. "label"
    uint16_t base;          ///< class index of the base class, NONE for the root (obj)
    uint16_t create_fn;     ///< function index of the constructor
    uint16_t first_method;  ///< methods are functions [first_method, first_method + method_count),
    uint16_t method_count;  ///<   sorted by name
    uint16_t first_group;   ///< class-scoped enum groups [first_group, first_group + group_count)
    uint16_t group_count;
};

/** A struct, union or opaque handle type (size 0) with its fields and methods. */
struct Struct {
    uint16_t name;          ///< e.g. "area_t"
    uint16_t size;          ///< sizeof, 0 if opaque
    uint16_t first_field;   ///< fields [first_field, first_field + field_count)
    uint16_t field_count;
    uint16_t first_method;  ///< methods, sorted by name
    uint16_t method_count;
    uint16_t user_data_field;  ///< field index of `void * user_data`, NONE if none
    uint16_t user_data_get;    ///< function index of <prefix>_<struct>_get_user_data, NONE if none
    uint16_t user_data_set;    ///< function index of <prefix>_<struct>_set_user_data, NONE if none
};

/** A struct field. Fixed arrays and bitfields are told by their type (T_FIXED, T_BITS). */
struct Field {
    uint16_t name;
    uint16_t offset;      ///< offsetof (bytes); for bitfields the byte holding their first bit
    uint16_t type;        ///< signature pool offset of the field's type
};

/** A callback type, with where its trampoline finds the user_data holding the Python callable. */
struct Callback {
    uint16_t name;         ///< C typedef name without prefix, e.g. "event_cb_t"
    uint16_t sig;          ///< signature pool offset
    uint8_t user_data_arg; ///< index of the callback's `void * user_data` argument, or
                           ///< CB_VIA_STRUCT: user_data of the struct its first argument points
                           ///< to, or CB_BY_ADDRESS: a struct without user_data (lv_group_t),
                           ///< the holder registered for that address (kept by the runtime),
                           ///< or CB_GLOBAL: a `*_g_cb_t` type registered once for the whole
                           ///< library (the log print callback), one holder per callback type
    uint8_t reserved;
};

const uint8_t CB_VIA_STRUCT = 0xFF;
const uint8_t CB_BY_ADDRESS = 0xFE;
const uint8_t CB_GLOBAL = 0xFD;

/** Enum group kinds. */
enum GroupKind : uint8_t {
    G_INT16 = 0, ///< int_members records of 2 u16: name, value (int16_t)
    G_INT32 = 1, ///< records of 3 u16: name, low and high half of an int32_t
    G_UINT32 = 2,///< the same, read back as uint32_t (values above INT32_MAX: 0xFFFFFFFF)
    G_STR = 3,   ///< members are StrConst (e.g. SYMBOL)
};

/** A named group of constants: an enum, or macros sharing a prefix (ALIGN, SYMBOL, obj.FLAG). */
struct EnumGroup {
    uint16_t name;        ///< e.g. "ALIGN"; PYVGL_FLAT_INTS / PYVGL_FLAT_STRS for ungrouped ones
    uint16_t owner;       ///< class index for class-scoped groups, NONE for module level
    uint16_t first;       ///< int groups: u16 offset in int_members of the first of `count`
                          ///< records (GroupKind gives their size); G_STR: str_members index
    uint16_t count;
    uint8_t kind;         ///< GroupKind
    uint8_t reserved;
};

/** word_at holds the offset of every 16th word only: finding a word decodes at most 16
 *  short ones, and the index costs 2 bytes per 16 words. */
const unsigned WORD_AT_STRIDE = 16;

/** Names of the module-level groups holding ungrouped constants (never Python names). */
#define PYVGL_FLAT_INTS ""
#define PYVGL_FLAT_STRS "$"

/** A string constant (LV_SYMBOL_OK -> SYMBOL.OK); members of a group are sorted by name,
 *  like the integer records of int_members. */
struct StrConst {
    uint16_t name;
    uint16_t value;       ///< offset of the NUL-terminated value in Module::str_values
};

/** A global variable of the headers (fonts, class descriptors: lv_font_montserrat_14),
 *  reachable as a module attribute holding a pointer to it. */
struct Variable {
    uint16_t name;        ///< e.g. "font_montserrat_14"
    uint16_t type;        ///< signature pool offset of the type of &variable (T_STRUCT_PTR...)
};

/** Everything one generated module holds. All arrays are sorted by name where they are
 *  looked up (module functions, methods per owner, classes, structs, groups per owner). */
struct Module {
    const char * name;            ///< Python module name, e.g. "lvgl"
    /** Names are stored as words: `set_style_bg_color` is the codes of "set", "style", "bg",
     *  "color", joined by '_' when decoded. Bit 7 of a code's first byte marks the name's last
     *  word (no terminator: "x" is the end of "set_x" and shares its byte). Its low 7 bits v
     *  are word v when v < short_words, else the code has a second byte lo and is word
     *  short_words + ((v - short_words) << 8 | lo). The empty name is the empty word. The words are
     *  front coded in blocks of WORD_AT_STRIDE starting at words + word_at[i / WORD_AT_STRIDE]:
     *  each is a byte giving how many leading characters it shares with the word before it
     *  in the block (bit 7 set: nothing follows), then its other characters, the last with
     *  bit 7 set. Words are ASCII and shorter than 64 characters. Use name_copy() / name_compare() (call.h). */
    const uint8_t * names;
    const char * words;
    const uint16_t * word_at;     ///< offset of every WORD_AT_STRIDE-th word in words
    const uint8_t * sigs;         ///< the signature pool
    const Function * functions;
    const AnyFn * fnptrs;         ///< parallel to functions
    const Caller * callers;
    const Class * classes;
    const void * const * class_ptrs;  ///< parallel to classes: &<prefix>_<name>_class if the
                                      ///< headers declare it, else NULL
    const Struct * structs;
    const Field * fields;
    const Callback * callbacks;
    const AnyFn * trampolines;    ///< parallel to callbacks: C functions with the callback's
                                  ///< signature, calling dispatch_callback()
    const EnumGroup * groups;
    const uint16_t * int_members; ///< integer constants: records per GroupKind
    const StrConst * str_members;
    const char * str_values;      ///< the values of the string constants
    const Variable * variables;   ///< sorted by name
    const void * const * variable_addrs;  ///< parallel to variables
    uint16_t function_count;
    uint16_t module_fn_first;     ///< module-level functions [first, first + count), sorted
    uint16_t module_fn_count;
    uint16_t caller_count;
    uint16_t class_count;
    uint16_t struct_count;
    uint16_t field_count;
    uint16_t callback_count;
    uint16_t group_count;
    uint16_t module_group_first;  ///< module-level groups [first, first + count), sorted
    uint16_t module_group_count;
    uint16_t int_member_count;    ///< u16 words in int_members
    uint16_t str_member_count;
    uint16_t root_class;          ///< class index of the root class (obj), NONE if no classes
    uint16_t variable_count;
    uint16_t short_words;         ///< words with one-byte codes (see names)
};

} // namespace binding
} // namespace pyvgl

#endif
