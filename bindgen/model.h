/**
 * @file model.h
 * What bindgen knows about a header set: the C declarations it read (reader.cpp), and how
 * they map to Python (classes, methods, struct types, callbacks, constant groups). The
 * emitters (emit_*.cpp) only read this model.
 */
#ifndef PYVGL_BINDGEN_MODEL_H
#define PYVGL_BINDGEN_MODEL_H

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bindgen {

/** The binding's view of a C type (binding/tables.h TypeCode, plus the target-sized longs). */
enum class TK {
    Void, Bool, I8, U8, I16, U16, I32, U32, L, UL, I64, U64, F32, F64,
    Str, Ptr, Obj, StructPtr, StructVal, Callback, Array, Unsupported
};

struct Type {
    TK kind = TK::Unsupported;
    int index = -1;               ///< struct or callback index (model order)
    std::shared_ptr<Type> elem;   ///< element type of an Array
    std::string c_spelling;       ///< as written in the header, for trampolines and docs
    std::string enum_c;           ///< the enum type when this integer is an enum
    std::string abi_c;            ///< L/UL: the standard type to use on the target (size_t, int64_t, long...)
    std::string why;              ///< Unsupported: the reason
};

struct Param {
    std::string name;
    Type type;
};

enum class Owner { Module, Class, Struct, Constructor };

struct Function {
    std::string c_name;
    Type ret;
    std::vector<Param> params;
    bool variadic = false;
    bool is_inline = false;
    std::string doc;
    std::string skip_reason;      ///< empty when bound
    Owner owner = Owner::Module;
    int owner_index = -1;         ///< class or struct index
    std::string py_name;          ///< verb for methods, stripped name for module functions
    int user_data_arg = -1;       ///< index of the `void * user_data` argument
    std::string alias;            ///< set on extra entries: the name they are reachable by (macro
                                  ///< alias, or module spelling of a by-value struct method)
};

/** A global variable: `extern const lv_font_t lv_font_montserrat_14;`. */
struct Variable {
    std::string c_name;
    std::string py_name;
    Type type;                    ///< type of &variable
};

struct Field {
    std::string name;
    Type type;
    int count = 0;                ///< array length, 0 for a scalar
    int bit_width = 0;            ///< bitfield width, 0 for plain fields
    long long bit_offset = 0;     ///< bitfields: host bit offset from the start of the struct
};

struct Struct {
    std::string py_name;          ///< e.g. area_t
    std::string c_root;           ///< C type to apply offsetof/sizeof to
    std::string c_path;           ///< member path inside c_root for nested anonymous records, else ""
    std::string c_type;           ///< C spelling of the type itself ("" for anonymous nested ones)
    std::string method_prefix;    ///< e.g. lv_area_
    bool complete = false;
    std::vector<Field> fields;
    int user_data_field = -1;
    int user_data_get = -1;       ///< model function index
    int user_data_set = -1;
    std::string doc;
    int alias_of = -1;            ///< `typedef lv_grad_stop_t lv_gradient_stop_t;`: same type, another name
};

struct Callback {
    std::string py_name;          ///< e.g. event_cb_t
    std::string c_name;           ///< typedef name, or a synthetic name
    std::string c_fnptr_type;     ///< spelling of the function pointer type
    Type ret;
    std::vector<Param> params;
    int user_data_arg = -1;       ///< callback's own `void * user_data` argument
    int via_struct = -1;          ///< else: struct index whose user_data the first argument carries
    bool global = false;          ///< else: a global callback (LVGL's `*_g_cb_t`, e.g. the log
                                  ///< print callback): one callable per type, kept by the module
    std::string unsupported;      ///< why it cannot be bound ("" when it can)
};

struct Class {
    std::string name;             ///< e.g. label
    int create_fn = -1;           ///< model function index
    std::string class_extern;     ///< e.g. lv_label_class, "" if not declared
    int base = -1;                ///< class index
    std::string doc;
};

struct Member {
    std::string py_name;
    std::string c_expr;           ///< expression the target compiler evaluates (enum or macro name)
    long long value = 0;          ///< host value (for the stub file)
    bool is_unsigned = false;     ///< above INT32_MAX: read back as uint32_t
};

struct Group {
    std::string name;             ///< "" holds ungrouped module constants
    int owner_class = -1;
    bool is_string = false;
    std::vector<Member> members;
};

/** A constant before grouping: an enum member or an object-like macro. */
struct Constant {
    std::string c_name;
    long long value = 0;
    bool is_unsigned = false;
    bool is_string = false;
    std::string string_value;
    int enum_id = -1;             ///< which enum declaration, -1 for macros
};

struct Model {
    std::string module;
    std::string prefix;           ///< e.g. lv
    std::string header;           ///< the header as given
    unsigned parse_errors = 0;    ///< error diagnostics libclang reported (bound anyway)
    std::vector<Function> functions;
    std::vector<Struct> structs;
    std::vector<Callback> callbacks;
    std::vector<Class> classes;
    std::vector<Group> groups;
    std::vector<Constant> constants;
    std::vector<Variable> variables;
    std::vector<std::pair<std::string, std::string>> function_aliases;  ///< macro name -> function
    std::vector<std::string> enum_types_by_value;   ///< enum C types whose size the target must check
    std::vector<std::string> dependencies;          ///< every header read (for the depfile)
    int root_class = -1;
    std::string obj_type;         ///< C name of the class object typedef, e.g. lv_obj_t
};

struct Options {
    std::vector<std::string> clang_args;  ///< -I / -D as given
    std::string module = "lvgl";
    std::string prefix = "lv";
    std::string header;
    std::string out_dir;
    bool strict = false;  ///< --strict: an error in the headers stops bindgen
};

/** Parses the header and fills the model; returns false after printing errors. */
bool read_headers(const Options & opt, Model & model);
/** Classes, methods, struct methods, callbacks conventions, skip reasons. */
void classify(Model & model);
/** Groups the constants into enum groups (ALIGN.CENTER, obj.FLAG.HIDDEN, SYMBOL.OK). */
void group_constants(Model & model);

/** Getter `<prefix>_<class>_get_<x>(obj)` returning struct `st` for registration `f`
 *  (`lv_animimg_set_start_cb` -> `lv_animimg_get_anim`), model function index or -1. */
int struct_getter_of(const Model & model, const Function & f, int st);
bool emit_tables(const Model & model, const std::string & path);
bool emit_pyi(const Model & model, const std::string & path);
bool emit_report(const Model & model, const std::string & json_path, const std::string & text_path);

/** Python name of a C name without the prefix: lv_obj_t -> obj_t, LV_ALIGN_X -> ALIGN_X. */
std::string strip_prefix(const std::string & name, const std::string & prefix);
std::string upper(std::string s);

} // namespace bindgen

#endif
