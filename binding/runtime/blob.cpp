/**
 * @file blob.cpp
 * `void *` values as the original binding shows them: a Blob (an address that can be
 * dereferenced into a memoryview, or cast back to the Python object or struct it points
 * to), and lv.C_Pointer, a pointer-sized union for C functions and callbacks that write
 * through a pointer (`uint32_t * br` of an fs driver's read_cb).
 */
#include "binding/runtime/internal.h"
#include "py/gc.h"

#include <string.h>

namespace pyvgl {
namespace binding {

using py::Val;

py::Type blob_type, c_pointer_type;

namespace {

/** The module C_Pointer converts for (its fields need no tables: pointers, str, scalars). */
Runtime * g_runtime = nullptr;

/** Whether `p` is a Python object a script passed as a `void *`: a dict or an instance of a
 *  class statement (the only objects the original binding passes by address), still alive
 *  in the heap. Anything else (engine memory, a freed block) is refused, never read as one. */
bool is_passed_object(const void * p)
{
    if(py::gc_block_size(p) < sizeof(py::Obj)) return false;
    py::Type * t = static_cast<const py::Obj *>(p)->type;
    if(t == &py::dict_type) return true;
    return py::gc_block_size(t) >= sizeof(py::Type) && t->base.type == &py::type_type && (t->flags & py::TF_USER);
}

BBlob * blob_self(Val self) { return (BBlob *)self; }

/** Memory a script may write through a Blob: the GC heap (the engine allocates there) or the
 *  C stack (out-arguments such as the `uint32_t * br` of an fs driver's read_cb). Anything
 *  else may be constant data (an image compiled into flash): its views are read-only. */
bool writable_memory(const void * p)
{
    if(py::gc_in_heap(p)) return true;
    char here;
    const char * a = &here, * b = static_cast<const char *>(py::gc_stack_top());
    const char * lo = a < b ? a : b, * hi = a < b ? b : a;
    return static_cast<const char *>(p) >= lo && static_cast<const char *>(p) < hi;
}

/** blob.__dereference__(size): a writable memoryview of `size` bytes at the address. */
Val blob_dereference(int npos, int, const Val * args)
{
    BBlob * b = blob_self(args[0]);
    if(b->expired) return py::raise(&reference_error_type, "Blob of a callback argument used after the callback returned");
    int64_t size;
    if(!py::int_to_i64(args[1], &size)) return py::raise(&py::TypeError_type, "__dereference__() size must be an int");
    size_t block = py::gc_block_size(b->ptr);  // memory of the heap: its block bounds the size
    if(size < 0 || (block && (uint64_t)size > block) || (!block && py::gc_in_heap(b->ptr) && size > 0 &&
                                                         !py::gc_in_heap((const uint8_t *)b->ptr + size - 1)))
        return py::raise(&py::ValueError_type, "__dereference__() size %lld is out of range", (long long)size);
    (void)npos;
    py::MemoryView * v = (py::MemoryView *)py::alloc_obj(&py::memoryview_type, sizeof(py::MemoryView));
    if(!v) return nullptr;
    v->obj = args[0];
    v->data = (uint8_t *)b->ptr;
    v->len = (size_t)size;
    v->readonly = !writable_memory(b->ptr);
    if(!b->views) b->views = py::list_new(0);
    if(!b->views || py::list_append(b->views, (Val)v) < 0) return nullptr;
    return (Val)v;
}

/** blob.cast() / blob.__cast__(): the Python object passed as this pointer; with a struct
 *  type, a view of that struct at the address (as `type.__cast__(blob)`). */
Val blob_cast(int npos, int, const Val * args)
{
    BBlob * b = blob_self(args[0]);
    if(npos == 2) {
        TypeRecord * r = py::is_small(args[1]) ? nullptr : record_of((py::Type *)args[1]);
        if(!r || !r->is_struct) return py::raise(&py::TypeError_type, "cast() argument must be a struct type");
        return struct_view(r->rt, r->index, b->ptr, args[0]);
    }
    if(!is_passed_object(b->ptr))
        return py::raise(&py::TypeError_type, "Blob does not point to a Python object (a dict or a class instance)");
    return (Val)b->ptr;
}

Val blob_unop(int op, Val self)
{
    uintptr_t a = (uintptr_t)blob_self(self)->ptr;
    if(op == py::UN_INT || op == py::UN_INDEX) return py::int_from_u64(a);
    if(op == py::UN_HASH) return py::int_from((intptr_t)(a >> 2));
    if(op == py::UN_BOOL) return py::from_bool(a != 0);
    return NOTIMPL;
}

Val blob_binop(int op, Val self, Val other)
{
    if(op != py::OP_EQ && op != py::OP_NE) return NOTIMPL;
    bool same = !py::is_small(other) && other->type == &blob_type && blob_self(other)->ptr == blob_self(self)->ptr;
    return py::from_bool(same == (op == py::OP_EQ));
}

void blob_print(py::Buf * b, Val self, bool) { py::buf_printf(b, "<Blob %p>", blob_self(self)->ptr); }

const py::TypeMethod<&blob_type> blob_methods[] = {
    {"__dereference__", blob_dereference, 2, 2, 0},
    {"cast", blob_cast, 1, 2, 0},
    {"__cast__", blob_cast, 1, 2, 0},
    {nullptr, nullptr, 0, 0, 0},
};

// ---- C_Pointer: a union of a pointer and the scalars a C function may write through one

struct CPointer {
    py::Type * type;
    uint64_t bits;   ///< the union's bytes (what C functions write through the pointer)
    Val kept;        ///< keeps the str of str_val alive
};

struct CPointerField {
    const char * name;
    uint8_t code;
};
const CPointerField c_pointer_fields[] = {
    {"ptr_val", T_PTR}, {"str_val", T_STR},     {"int_val", T_I32},  {"uint_val", T_U32},  {"short_val", T_I16},
    {"ushort_val", T_U16}, {"char_val", T_I8}, {"uchar_val", T_U8}, {"float_val", T_F32}, {"long_val", T_I64},
};

const CPointerField * c_pointer_field(Val name)
{
    for(const CPointerField & f : c_pointer_fields)
        if(strcmp(py::str_data(name), f.name) == 0) return &f;
    return nullptr;
}

Val c_pointer_getattr(Val self, Val name)
{
    const CPointerField * f = c_pointer_field(name);
    if(!f) return nullptr;
    Word w;
    load_scalar((TypeCode)f->code, &((CPointer *)self)->bits, &w);
    return to_python(g_runtime, SigReader{&f->code}, w, self);
}

int c_pointer_setattr(Val self, Val name, Val v)
{
    const CPointerField * f = c_pointer_field(name);
    if(!f || !v) {
        py::raise(&py::AttributeError_type, "C_Pointer has no settable field '%s'", py::str_data(name));
        return -1;
    }
    Word w;
    if(!to_word(g_runtime, SigReader{&f->code}, v, &w, f->name)) return -1;
    CPointer * c = (CPointer *)self;
    c->bits = 0;
    store_scalar((TypeCode)f->code, &c->bits, w);
    c->kept = v;  // a str (or buffer) the pointer now points into
    return 0;
}

Val c_pointer_new(py::Type *, int npos, int nkw, const Val *)
{
    if(npos || nkw) return py::raise(&py::TypeError_type, "C_Pointer() takes no arguments");
    return py::alloc_obj(&c_pointer_type, sizeof(CPointer));
}

bool c_pointer_buffer(Val self, py::Buffer * out, bool)
{
    out->data = &((CPointer *)self)->bits;
    out->len = sizeof(uint64_t);
    out->writable = true;
    out->typecode = 'B';
    return true;
}

} // namespace

Val blob_new(void * ptr)
{
    BBlob * b = (BBlob *)py::alloc_obj(&blob_type, sizeof(BBlob));
    if(b) b->ptr = ptr;
    return (Val)b;
}

void blob_expire(Val v)
{
    if(py::is_small(v) || v->type != &blob_type) return;
    BBlob * b = blob_self(v);
    b->expired = true;
    if(!b->views) return;
    py::List * views = (py::List *)b->views;
    for(size_t i = 0; i < views->len; i++) {
        py::MemoryView * mv = (py::MemoryView *)views->items[i];
        mv->data = nullptr;
        mv->len = 0;
    }
}

void * object_pointer(Val v)
{
    if(py::is_small(v)) return nullptr;
    if(v->type == &blob_type) return blob_self(v)->ptr;
    if(v->type == &py::dict_type || (v->type->flags & py::TF_USER)) return v;
    return nullptr;
}

void init_blob_types(Runtime * rt)
{
    g_runtime = rt;
    if(blob_type.name) return;
    py::type_init(&blob_type, "Blob", &py::object_type, 0);
    blob_type.methods = blob_methods;
    blob_type.unop = blob_unop;
    blob_type.binop = blob_binop;
    blob_type.print = blob_print;
    py::type_init(&c_pointer_type, "C_Pointer", &py::object_type, 0);
    c_pointer_type.make_new = c_pointer_new;
    c_pointer_type.getattr = c_pointer_getattr;
    c_pointer_type.setattr = c_pointer_setattr;
    c_pointer_type.getbuffer = c_pointer_buffer;
}

} // namespace binding
} // namespace pyvgl
