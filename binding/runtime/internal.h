/**
 * @file internal.h
 * Shared state and object layouts of the binding runtime (the files of binding/runtime).
 */
#ifndef PYVGL_BINDING_RUNTIME_INTERNAL_H
#define PYVGL_BINDING_RUNTIME_INTERNAL_H

#include "binding/call.h"
#include "binding/runtime/runtime.h"
#include "py/runtime.h"

namespace pyvgl {
namespace binding {

struct Runtime;
struct BObj;

/** What a binding type stands for; Type::user of each class / struct type points here. */
struct TypeRecord {
    uint32_t magic;  ///< RECORD_MAGIC: tells our records from other embedders' Type::user
    Runtime * rt;
    bool is_struct;
    uint16_t index;  ///< class or struct index
};
const uint32_t RECORD_MAGIC = 0x50594247;

/** One per registered module; allocated in the GC heap and registered as a root. */
struct Runtime {
    const Module * m;
    py::Val module;          ///< the module object
    py::Val cache;           ///< dict: module attribute name -> value
    BObj ** ident;           ///< engine object -> its Python object (identity.cpp)
    uint32_t ident_cap, ident_used;
    py::Val holders;         ///< dict: holder address -> holder (dict cb index -> callable)
    py::Val kept;            ///< dict: address -> object the engine may point into
    py::Val by_address;      ///< dict: address of a struct without user_data -> its callbacks' holder
    py::Type ** class_types; ///< per class, made on first use
    py::Type ** struct_types;
    TypeRecord * class_records;
    TypeRecord * struct_records;
    uint16_t delete_fn;      ///< the root class's "delete" method: its object is gone after the call
    uint16_t add_event_cb;   ///< root class add_event_cb(obj, cb, filter, user_data), NONE if absent
    int32_t delete_code;     ///< EVENT.DELETE
    py::Val delete_holder;   ///< holder of the DELETE callbacks that forget deleted objects' wrappers
    uint16_t event_target_fn;  ///< the event's get_target_obj (or get_target)
    uint16_t remove_with_user_data;  ///< root class remove_event_cb_with_user_data, NONE if absent
    uint16_t * handle_deletes;       ///< <struct>.delete() methods (timer, group, display...):
    uint16_t handle_delete_count;    ///<   the wrapper they are called on goes stale
    py::Val remove_event_cb; ///< native obj.remove_event_cb(callable), nullptr if unavailable
    uint16_t class_fn_first, class_fn_end;  ///< methods of the classes (root's included)
    uint16_t root_fn_first, root_fn_end;    ///< methods of the root class (any object fits)
    uint16_t get_class_fn;   ///< root get_class(obj) -> class descriptor, NONE if absent
    uint16_t base_class_offset;  ///< offset of the descriptor's base_class pointer, NONE if none
    bool imported;
};

/** Layouts of the runtime's objects. */
struct BModule {
    py::Type * type;
    Runtime * rt;
};
struct BFunc {
    py::Type * type;
    Runtime * rt;
    uint16_t fn;
};
struct BObj {  ///< an engine object (widget)
    py::Type * type;
    py::Dict * dict;  ///< attributes of Python subclasses
    void * ptr;       ///< NULL until created (subclass __init__ creates it)
    py::Val kept;     ///< dict of what the engine may point into for this object (strings,
                      ///< arrays: negative slot keys) and its callback holders (their
                      ///< addresses as keys); nullptr until needed
};
struct BStruct {  ///< a struct: its own bytes (following the object) or a view of engine memory
    py::Type * type;
    py::Dict * dict;
    void * data;
    py::Val owner;  ///< keeps the memory viewed alive (a parent struct), or nullptr
};
struct BGroup {
    py::Type * type;
    Runtime * rt;
    uint16_t group;
    py::Val members;  ///< dict: member name -> value, filled on use (lv.EVENT.CLICKED in loops)
};

struct BBlob {  ///< a `void *` (blob.cpp)
    py::Type * type;
    void * ptr;
    py::Val views;  ///< list of the memoryviews __dereference__ made (emptied on expiry)
    bool expired;   ///< a callback's argument after the callback returned
};

extern py::Type bmodule_type, bfunc_type, bgroup_type, blob_type, c_pointer_type;
/** Raised when a deleted engine object is used: `lv.LvReferenceError`. */
extern py::Type reference_error_type;

// identity.cpp: one Python object per engine object
/** The wrapper of engine object `ptr`, nullptr if it has none. */
py::Val identity_find(Runtime * rt, void * ptr);
/** Makes `wrapper` the Python object of its engine object (replacing any other). */
bool identity_add(Runtime * rt, py::Val wrapper);
/** Forgets the wrapper of `ptr` (its object is deleted). */
void identity_remove(Runtime * rt, void * ptr);

// module.cpp
/** The getattr slot of every class type (and of Python subclasses): tells engine objects
 *  from other values in one compare. */
py::Val obj_getattr(py::Val self, py::Val name);
/** The record of a binding type or of a Python subclass of one, or nullptr. */
TypeRecord * record_of(py::Type * t);
py::Type * class_type(Runtime * rt, uint16_t cls);
py::Type * struct_type(Runtime * rt, uint16_t st);
py::Val func_new(Runtime * rt, uint16_t fn);
Runtime * runtime_of(const Module & m);

// convert.cpp
/** Finds the <struct>.delete() methods of engine handles; called once per module. */
bool init_handle_deletes(Runtime * rt);
/** Name of function `fn` for messages. */
void function_name(const Module & m, uint16_t fn, char * buf, size_t size);
/** Calls function `fn` with Python arguments (self first for methods). */
py::Val call_function(Runtime * rt, uint16_t fn, int npos, const py::Val * args);
/** The Python value of a C value of type `t` held in `w`. */
py::Val to_python(Runtime * rt, SigReader t, const Word & w, py::Val owner);
/** A C value of type `t` from Python value `v` (nullptr return = error raised). */
bool to_word(Runtime * rt, SigReader t, py::Val v, Word * out, const char * what);
/** The Python object of an engine object (one per object), created with class `t` if new. */
py::Val wrap_object(Runtime * rt, void * ptr, py::Type * t);
/** Finds what method_fits_object needs (get_class, the descriptor's base_class); once per module. */
void init_method_check(Runtime * rt);
/** Whether `self` may be the object of method `fn`: false (TypeError raised) when it is a
 *  live engine object whose class is neither the method's class nor derived from it. */
bool method_fits_object(Runtime * rt, uint16_t fn, py::Val self);
/** Whether `ptr` is a live engine object, by the root class's `is_valid` (false without one). */
bool engine_object_valid(Runtime * rt, void * ptr);
/** A struct object: a copy of `size` bytes at `src` (src may be nullptr: zeroed). */
py::Val struct_copy(Runtime * rt, uint16_t st, const void * src);
/** A struct object viewing engine memory. */
py::Val struct_view(Runtime * rt, uint16_t st, void * data, py::Val owner);
/** Fills struct memory from a dict or another instance of the same struct. */
bool struct_fill(Runtime * rt, uint16_t st, void * data, py::Val v);
/** Field `f` of struct `st` whose bytes are at `data` (`owner` keeps them alive). */
py::Val get_field(Runtime * rt, void * data, const Field & f, py::Val owner);
bool set_field(Runtime * rt, uint16_t st, void * data, const Field & f, py::Val v);
/** The memory of struct object `v`, nullptr when it is gone: deleted, a callback's argument
 *  after the callback, or a part of a deleted engine object (see part_owner). */
void * struct_data(py::Val v);
/** Whether struct object `v` views the module's constant data (a variable: a font, a class
 *  descriptor, in flash on a microcontroller): its fields cannot be set. */
bool struct_is_constant(py::Val v);
/** The owner at the root of a struct view's owner chain (nullptr: its own memory). */
py::Val struct_root_owner(py::Val v);
/** Whether field `f` of struct view `v` is a pointer inside a widget's part (a chart
 *  series' points, its next series): the engine's own links, read-only from Python. */
bool field_is_engine_link(py::Val v, const Field & f, const Module & m);
/** Raises LvReferenceError for a struct view whose memory is gone (data == nullptr: a
 *  callback's argument after the callback returned); returns nullptr. */
py::Val stale_struct_error();
/** Keeps `v` alive while the engine may point into it (strings, arrays): until something
 *  else is kept under the same `slot` (a field address, or (object, function, argument)),
 *  or, with an engine object `owner` (else nullptr), until the object is deleted. */
bool keep_alive(Runtime * rt, py::Val owner, py::Val slot, py::Val v);

/** Learns of the engine deleting `ptr` (an LVGL-style EVENT.DELETE callback), if it can. */
bool watch_deletion(Runtime * rt, void * ptr);
/** The DELETE event callback of a watched object (args: the trampoline's): its wrapper
 *  forgets the engine object, so using it raises LvReferenceError. */
void object_deleted(Runtime * rt, const Word * args);
/** Finds add_event_cb / EVENT.DELETE in the tables; called once per module. */
bool init_deletion_watch(Runtime * rt);

// blob.cpp
/** Makes the Blob and C_Pointer types (once) for runtime `rt`. */
void init_blob_types(Runtime * rt);
/** A Blob of non-NULL address `ptr`. */
py::Val blob_new(void * ptr);
/** After a callback: a Blob it received can no longer be dereferenced, and the memoryviews
 *  made from it become empty (the engine's buffer they showed may be gone). */
void blob_expire(py::Val v);
/** The address a Blob holds, or the address of a dict / class instance a script passes as
 *  a `void *` (the original binding's user_data convention); nullptr for anything else. */
void * object_pointer(py::Val v);

// callback.cpp
const int MAX_CALLBACK_ARGS = 8;
/** Key of a holder's entry naming the engine object it was registered on. */
py::Val holder_owner_key();
/** obj.remove_event_cb(callable) on top of remove_event_cb_with_user_data, when present. */
bool init_remove_event_cb(Runtime * rt);
/** The callback handler installed for every registered module. */
void handle_callback(const Module & m, uint16_t cb, const Word * args, Word * result);
/** A dict the script passed as a registration's user_data becomes its holder (the
 *  original binding's way: the callback's user_data.cast() is that dict). */
py::Val adopt_holder(Runtime * rt, py::Val dict);
/** The holder dict stored in a registration's user_data: a new one, or `existing` if it is ours. */
py::Val holder_for(Runtime * rt, void * existing);
/** The key of a global callback type's holder in Runtime::by_address: negative, so it never
 *  meets a struct address. */
py::Val global_holder_key(intptr_t cb_type);

} // namespace binding
} // namespace pyvgl

#endif
