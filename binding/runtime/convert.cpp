/**
 * @file convert.cpp
 * Python values <-> argument words by type code, calls through the tables, engine object
 * identity, and struct field access.
 */
#include "binding/runtime/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

namespace pyvgl {
namespace binding {

using py::Val;

namespace {

const int MAX_ARGS = 16;

/** What the builtin callable() says (instances with __call__ included). */
bool is_callable(Val v)
{
    Val callable = py::lookup_builtin(py::str_intern_cstr("callable"));
    Val r = callable ? py::call1(callable, v) : nullptr;
    int yes = r ? py::truthy(r) : -1;
    if(yes < 0) py::exc_take();
    return yes == 1;
}

bool is_struct_obj(Val v) { return !py::is_small(v) && record_of(v->type) && record_of(v->type)->is_struct; }

bool is_engine_obj(Val v) { return !py::is_small(v) && record_of(v->type) && !record_of(v->type)->is_struct; }

bool is_bfunc(Val v) { return !py::is_small(v) && v->type == &bfunc_type; }

bool is_blob(Val v) { return !py::is_small(v) && v->type == &blob_type; }

/** Data pointer of a bytes-like object of at least `min_size` bytes, nullptr if `v` is not one. */
void * buffer_of(Val v, bool write, size_t min_size = 0)
{
    if(py::is_small(v) || !v->type->getbuffer) return nullptr;
    py::Buffer b;
    if(!v->type->getbuffer(v, &b, write)) {
        py::exc_take();
        return nullptr;
    }
    return b.len >= min_size ? b.data : nullptr;
}

/** A writable buffer's data, else a read-only one's (bytes for a `const uint8_t *`, as
 *  lv.image_dsc_t({'data': png_bytes}) in LVGL's examples); NULL for no buffer. */
void * any_buffer_of(Val v)
{
    void * p = buffer_of(v, true);
    return p ? p : buffer_of(v, false);
}

size_t element_size(const Module & m, SigReader t)
{
    if(t.code() == T_STRUCT_VAL || t.code() == T_STRUCT_PTR) return m.structs[t.index()].size;
    return scalar_size(t.code());
}

bool is_integer_code(TypeCode c) { return c >= T_BOOL && c <= T_U64; }

bool same_type(SigReader a, SigReader b)
{
    if(a.code() != b.code()) return false;
    if(a.code() == T_STRUCT_PTR || a.code() == T_STRUCT_VAL || a.code() == T_CALLBACK) return a.index() == b.index();
    if(a.code() == T_ARRAY) return same_type(a.element(), b.element());
    return true;
}

/** Whether structs `a` and `b` are the same type, or aliases of it (lv_img_dsc_t and
 *  lv_image_dsc_t): the same size and fields. Another struct, even a larger one, would be
 *  read as the wrong fields (an area_t's coordinates as a style's pointers). */
bool same_layout(const Module & m, uint16_t a, uint16_t b)
{
    const Struct & x = m.structs[a];
    const Struct & y = m.structs[b];
    if(a == b) return true;
    if(x.size != y.size || x.size == 0 || x.field_count != y.field_count) return false;
    for(uint16_t i = 0; i < x.field_count; i++) {
        const Field & f = m.fields[x.first_field + i];
        const Field & g = m.fields[y.first_field + i];
        if(f.offset != g.offset || f.type != g.type || f.name != g.name) return false;  // equal names share their pool offset
    }
    return true;
}

/** True if the signatures at pool offsets `a` and `b` have the same types. */
bool same_signature(const Module & m, uint16_t a, uint16_t b)
{
    SigReader ra{m.sigs + a}, rb{m.sigs + b};
    if(!same_type(ra, rb)) return false;
    int n = arg_count(m, a);
    if(n != arg_count(m, b)) return false;
    ra = first_arg(m, a);
    rb = first_arg(m, b);
    for(int i = 0; i < n; i++, ra.next(), rb.next())
        if(!same_type(ra, rb)) return false;
    return true;
}

/** Who a value is for, in messages: "set_x() argument 2" (arg > 0) or `name` itself. The
 *  text is only formatted when an error is raised. */
struct Who {
    const char * name;       ///< nullptr: the name of function `fn` of module `m`
    int arg;
    py::Val slot = nullptr;  ///< keep_alive slot of what is converted (nullptr: none yet)
    const Module * m = nullptr;
    uint16_t fn = 0;
    py::Val owner = nullptr; ///< engine object the slot belongs to (nullptr: none)
};

/** Raises `type` with "<who> <message>". */
Val raise_for(py::Type * type, const Who & who, const char * fmt, ...) __attribute__((format(printf, 3, 4)));
Val raise_for(py::Type * type, const Who & who, const char * fmt, ...)
{
    char msg[128], fname[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char * name = who.name;
    if(!name) {
        function_name(*who.m, who.fn, fname, sizeof fname);
        name = fname;
    }
    if(who.arg > 0) return py::raise(type, "%s() argument %d %s", name, who.arg, msg);
    return py::raise(type, "%s %s", name, msg);
}

bool convert_arg(Runtime * rt, SigReader t, Val v, Word * out, const Who & what);

Val type_error(const Who & what, const char * want, Val v)
{
    return raise_for(&py::TypeError_type, what, "must be %s, not %s", want, py::type_cname(v));
}

bool int_to(TypeCode code, Val v, Word * out, const Who & what)
{
    if(!py::is_int(v)) return type_error(what, "an int", v) != nullptr;
    int64_t x;
    if(!py::int_to_i64(v, &x)) {
        raise_for(&py::OverflowError_type, what, "is too large");
        return false;
    }
    if(!int_fits(code, x)) {
        raise_for(&py::OverflowError_type, what, "out of range: %lld", (long long)x);
        return false;
    }
    *out = int_word(code, x);
    return true;
}

/** A temporary array of `n` elements of type `elem` from a list or tuple. */
/** True when the converted value points into v itself (a str's text, a bytes-like buffer),
 *  rather than into a copy (arrays made from lists keep their own copy alive). */
bool points_into(SigReader t, Val v)
{
    if(t.code() == T_STR) return true;
    if(t.code() == T_PTR && !is_blob(v) && object_pointer(v)) return true;  // a dict passed by address
    return t.code() == T_ARRAY && !py::isinst(v, &py::list_type) && !py::isinst(v, &py::tuple_type);
}

bool array_from_sequence(Runtime * rt, SigReader elem, Val seq, Word * out, const Who & what)
{
    size_t n = 0;
    Val * items = nullptr;
    if(!py::seq_to_array(seq, &n, &items)) return false;
    size_t size = element_size(*rt->m, elem);
    if(!size) return type_error(what, "a supported array", seq) != nullptr;
    // one more element, zeroed: NULL-terminated string/pointer arrays come for free
    uint8_t * mem = (uint8_t *)py::gc_alloc(size * (n + 1));
    if(!mem) return py::raise_no_memory() != nullptr;
    for(size_t i = 0; i < n; i++) {
        uint8_t * at = mem + i * size;
        if(elem.code() == T_STRUCT_VAL || elem.code() == T_STRUCT_PTR) {
            if(!struct_fill(rt, elem.index(), at, items[i])) return false;
            continue;
        }
        Word w;
        if(!convert_arg(rt, elem, items[i], &w, what)) return false;
        store_scalar(elem.code(), at, w);
    }
    out->p = mem;
    // the engine may keep the array (set_map, set_points)
    return !what.slot || keep_alive(rt, what.owner, what.slot, (Val)mem);
}

/** Keep-alive slot of argument `i` of function `fn` called without an engine object. */
Val function_slot(uint16_t fn, int i)
{
    Val key[2] = {py::int_from(fn), py::int_from(i)};
    return py::tuple_from(2, key);
}

/** Stores `v` under `slot` in what is kept for `o` (BObj::kept): a (slot, value) tuple
 *  while there is one entry (most objects keep one text or one holder), a dict from the
 *  second on. The tuple is never visible to Python, so it may be updated in place. */
bool kept_set(BObj * o, Val slot, Val v)
{
    if(!o->kept) {
        Val pair[2] = {slot, v};
        o->kept = py::tuple_from(2, pair);
        return o->kept != nullptr;
    }
    if(py::isinst(o->kept, &py::tuple_type)) {
        Val * pair = ((py::Tuple *)o->kept)->items;
        int same = py::equal(pair[0], slot);
        if(same < 0) return false;
        if(same) {
            pair[1] = v;
            return true;
        }
        Val d = py::dict_new(2);
        if(!d || py::dict_set(d, pair[0], pair[1]) < 0) return false;
        o->kept = d;
    }
    return py::dict_set(o->kept, slot, v) >= 0;
}

/** Drops the callback holders kept for `o` from the holders table (slot keys are negative). */
void retire_holders(Runtime * rt, BObj * o)
{
    auto retire = [rt](Val k) {
        bool is_holder = k && py::is_int(k) && !(py::is_small(k) && py::small_val(k) < 0);
        if(is_holder && py::dict_del(rt->holders, k) < 0) py::exc_take();
    };
    if(!o->kept) return;
    if(py::isinst(o->kept, &py::tuple_type)) {
        retire(((py::Tuple *)o->kept)->items[0]);
        return;
    }
    py::Map * map = &((py::Dict *)o->kept)->map;
    for(uint32_t i = 0; i < map->n; i++) retire(map->entries[i].key);
}

/** After obj.delete(): the wrapper no longer points to the engine object. */
void forget_object(Runtime * rt, Val v)
{
    BObj * o = (BObj *)v;
    if(identity_find(rt, o->ptr) == v) identity_remove(rt, o->ptr);
    o->ptr = nullptr;
    // what the engine kept for the object (texts, maps) goes with it, and its event
    // callbacks' holders leave the holders table (the engine may still call them while the
    // deletion runs: find_holder accepts them as retired holders until they are collected)
    retire_holders(rt, o);
    o->kept = nullptr;
}

/** Records an event callback's holder with the object it was registered on (forget_object). */
bool remember_holder(Val obj, Val holder)
{
    Val key = py::int_from((intptr_t)holder);
    return key && kept_set((BObj *)obj, key, holder);
}

/** The arguments of almost every call: a small int for an integer type, a live engine
 *  object for an object, None for a pointer after the first argument (the first is a
 *  method's object: None there is for the general path to refuse or allow). Converts
 *  those without the general path's checks and messages; false for anything else
 *  (including errors, which the general path reports). */
inline bool convert_common_arg(TypeCode code, Val v, Word * out, bool first)
{
    if(v == None) {
        if(first || code < T_STR || code == T_STRUCT_VAL) return false;
        out->u64 = 0;  // NULL
        return true;
    }
    if(py::is_small(v)) {
        if(!is_integer_code(code)) return false;
        intptr_t x = py::small_val(v);
        if(!int_fits(code, x)) return false;
        *out = int_word(code, x);
        return true;
    }
    if(code != T_OBJ || v->type->getattr != obj_getattr) return false;
    out->u64 = 0;
    out->p = ((BObj *)v)->ptr;
    return out->p != nullptr;
}

/** Records holder `holder` with the engine object `obj` it was registered on: deleting the
 *  object retires it, and obj.remove_event_cb(callable) finds it. */
bool attach_holder(Val obj, Val holder)
{
    Val owner = py::int_from((intptr_t)((BObj *)obj)->ptr);
    return owner && py::dict_set(holder, holder_owner_key(), owner) >= 0 && remember_holder(obj, holder);
}

/** The holder in the user_data of struct `st` at `data` (field, or getter/setter pair):
 *  the one already there if it is ours, else a new one stored there. */
Val struct_holder(Runtime * rt, uint16_t st, void * data)
{
    const Module & m = *rt->m;
    const Struct & s = m.structs[st];
    Word self, cur;
    self.u64 = cur.u64 = 0;
    self.p = data;
    void * field = s.user_data_field != NONE ? (uint8_t *)data + m.fields[s.user_data_field].offset : nullptr;
    if(field) load_scalar(T_PTR, field, &cur);
    else if(s.user_data_get != NONE) call(m, s.user_data_get, &self, &cur);
    Val holder = holder_for(rt, cur.p);
    if(!holder) return nullptr;
    Word hw;
    hw.u64 = 0;
    hw.p = holder;
    if(field) store_scalar(T_PTR, field, hw);
    else {
        Word set_args[2] = {self, hw}, r;
        call(m, s.user_data_set, set_args, &r);
    }
    return holder;
}

/** A struct the engine gives no user_data (lv_group_t): callbacks find their holder by its
 *  address (CB_BY_ADDRESS). */
bool struct_lacks_user_data(const Module & m, uint16_t st)
{
    const Struct & s = m.structs[st];
    return s.user_data_field == NONE && s.user_data_get == NONE && s.user_data_set == NONE;
}

/** For an F_HOLDER_VIA_GETTER registration `fn` with callback `cb`: the method of fn's class
 *  named get_* taking the object and returning the struct the callback receives (its index
 *  in *st), or NONE. */
uint16_t struct_getter(const Module & m, uint16_t fn, uint16_t cb, uint16_t * st)
{
    SigReader want = first_arg(m, m.callbacks[cb].sig);
    if(want.code() != T_STRUCT_PTR) return NONE;
    *st = want.index();
    for(uint16_t c = 0; c < m.class_count; c++) {
        const Class & k = m.classes[c];
        if(fn < k.first_method || fn >= k.first_method + k.method_count) continue;
        for(uint16_t g = k.first_method; g < k.first_method + k.method_count; g++) {
            SigReader r = return_type_of(m, g);
            char name[8];
            name_copy(m, m.functions[g].name, name, sizeof name);
            if(arg_count(m, m.functions[g].sig) == 1 && r.code() == T_STRUCT_PTR && r.index() == *st &&
               strncmp(name, "get_", 4) == 0)
                return g;
        }
    }
    return NONE;
}

} // namespace

/** Is function `f` a struct's delete() taking the struct first? */
static bool is_handle_delete(const Module & m, uint16_t f)
{
    return name_compare(m, m.functions[f].name, "delete") == 0 && first_arg(m, m.functions[f].sig).code() == T_STRUCT_PTR;
}

bool init_handle_deletes(Runtime * rt)
{
    const Module & m = *rt->m;
    uint16_t n = 0;
    for(int pass = 0; pass < 2; pass++) {  // count, then fill
        for(uint16_t st = 0; st < m.struct_count; st++) {
            const Struct & s = m.structs[st];
            for(uint16_t f = s.first_method; f < s.first_method + s.method_count; f++) {
                if(!is_handle_delete(m, f)) continue;
                if(pass) rt->handle_deletes[rt->handle_delete_count++] = f;
                else n++;
            }
        }
        if(pass == 0 && n) {
            rt->handle_deletes = (uint16_t *)py::gc_alloc(n * sizeof(uint16_t));
            if(!rt->handle_deletes) return false;
        }
        if(n == 0) break;
    }
    return true;
}

/** After `<handle>.delete()`: the wrapper it was called on goes stale, and callbacks
 *  registered by the handle's address go with it. */
static void handle_deleted(Runtime * rt, int argc, const Val * args)
{
    if(argc < 1 || !is_struct_obj(args[0])) return;
    Val addr = py::int_from((intptr_t)((BStruct *)args[0])->data);
    if(addr && py::dict_get(rt->by_address, addr) && py::dict_del(rt->by_address, addr) < 0) py::exc_take();
    ((BStruct *)args[0])->data = nullptr;
}

/** After a call: if it was `<handle>.delete()`, later use of the wrapper raises instead of
 *  reaching freed engine memory (inline: after every call, the loop is all it costs). */
static inline void forget_deleted_handle(Runtime * rt, uint16_t fn, int argc, const Val * args)
{
    for(uint16_t i = 0; i < rt->handle_delete_count; i++)
        if(rt->handle_deletes[i] == fn) return handle_deleted(rt, argc, args);
}

Val stale_struct_error()
{
    return py::raise(&reference_error_type,
                     "struct used after it (or the object it belongs to) was deleted, or a callback's argument used after the callback returned");
}

Val struct_root_owner(Val v)
{
    Val o = ((BStruct *)v)->owner;
    while(o && is_struct_obj(o) && ((BStruct *)o)->owner) o = ((BStruct *)o)->owner;
    return o;
}

bool struct_is_constant(Val v)
{
    Val o = struct_root_owner(v);
    return o && o->type == &bmodule_type;
}

bool field_is_engine_link(Val v, const Field & f, const Module & m)
{
    Val o = struct_root_owner(v);
    if(!o || !is_engine_obj(o)) return false;
    FieldLayout l = field_layout(m, f);
    TypeCode c = l.type.code();
    return !l.bit_width && !l.count && c >= T_STR && c != T_STRUCT_VAL;
}

void * struct_data(Val v)
{
    BStruct * s = (BStruct *)v;
    // a view of what an engine object owns (chart.add_series) goes with the object; a view
    // inside another struct goes with that struct
    for(Val o = s->owner; o;) {
        if(is_engine_obj(o)) return ((BObj *)o)->ptr ? s->data : nullptr;
        if(!is_struct_obj(o)) break;
        if(!((BStruct *)o)->data) return nullptr;
        o = ((BStruct *)o)->owner;
    }
    return s->data;
}

bool keep_alive(Runtime * rt, Val owner, Val slot, Val v)
{
    // kept in the object's wrapper: deleting the object drops it all at once
    if(owner) return kept_set((BObj *)owner, slot, v);
    return py::dict_set(rt->kept, slot, v) >= 0;
}
void function_name(const Module & m, uint16_t fn, char * buf, size_t size)
{
    name_copy(m, m.functions[fn].name, buf, size);
}

bool to_word(Runtime * rt, SigReader t, Val v, Word * out, const char * what)
{
    // callback results (a file driver's handle), C_Pointer.ptr_val and __cast__ hand the
    // address back to Python: objects, dicts and instances are accepted there
    static const uint8_t handed_back = T_PTR | T_HANDED_BACK;
    if(t.code() == T_PTR) t = SigReader{&handed_back};
    return convert_arg(rt, t, v, out, Who{what, 0});
}

namespace {

bool convert_arg(Runtime * rt, SigReader t, Val v, Word * out, const Who & what)
{
    out->u64 = 0;
    TypeCode code = t.code();
    if(is_integer_code(code)) return int_to(code, v, out, what);
    if(code == T_F32 || code == T_F64) {
        double d;
        if(!py::to_double(v, &d)) return type_error(what, "a number", v) != nullptr;
        if(code == T_F32) out->f32 = (float)d;
        else out->f64 = d;
        return true;
    }
    if(v == None && code != T_STRUCT_VAL) return true;  // NULL
    switch(code) {
        case T_STR:
            if(!py::is_str(v)) return type_error(what, "a str", v) != nullptr;
            out->cp = py::str_data(v);
            return true;
        case T_OBJ:
            if(!is_engine_obj(v)) return type_error(what, "an object", v) != nullptr;
            out->p = ((BObj *)v)->ptr;
            if(!out->p) return raise_for(&reference_error_type, what, "is an object that was deleted") != nullptr;
            return true;
        case T_STRUCT_PTR:
        case T_STRUCT_VAL: {
            const Struct & s = rt->m->structs[t.index()];
            if(is_struct_obj(v)) {
                // the engine reads and writes s.size bytes there: a smaller struct (or another
                // handle type) would be overrun
                if(!same_layout(*rt->m, record_of(v->type)->index, t.index()))
                    return type_error(what, "a struct of the expected type", v) != nullptr;
                if(code == T_STRUCT_PTR && !t.const_target() && struct_is_constant(v))
                    return raise_for(&py::TypeError_type, what, "is constant data (a font, a class), which this function would modify") != nullptr;
                out->p = struct_data(v);
                return out->p || stale_struct_error() != nullptr;
            }
            if(is_blob(v)) return (out->p = ((BBlob *)v)->ptr), true;
            if(code == T_STRUCT_PTR && py::isinst(v, &py::list_type)) return array_from_sequence(rt, t, v, out, what);
            if(code == T_STRUCT_PTR && (out->p = buffer_of(v, true, s.size)) != nullptr) return true;
            if(!py::isinst(v, &py::dict_type) || s.size == 0) return type_error(what, "a struct or a dict", v) != nullptr;
            void * mem = py::gc_alloc(s.size);
            if(!mem) return py::raise_no_memory() != nullptr;
            out->p = mem;
            return struct_fill(rt, t.index(), mem, v);
        }
        case T_ARRAY:
            if(is_blob(v)) return (out->p = ((BBlob *)v)->ptr), true;
            if((out->p = any_buffer_of(v)) != nullptr) return true;
            if(py::isinst(v, &py::list_type) || py::isinst(v, &py::tuple_type))
                return array_from_sequence(rt, t.element(), v, out, what);
            return type_error(what, "a list or a buffer", v) != nullptr;
        case T_CALLBACK:
            if(is_bfunc(v)) {
                // a binding function is passed as itself when its C signature is the callback's
                const Module & m = *rt->m;
                uint16_t fn = ((BFunc *)v)->fn;
                if(!same_signature(m, m.functions[fn].sig, m.callbacks[t.index()].sig))
                    return raise_for(&py::TypeError_type, what, "is a function whose signature does not fit the callback") != nullptr;
                out->p = (void *)m.fnptrs[fn];
                return true;
            }
            if(!is_callable(v)) return type_error(what, "a callable", v) != nullptr;
            out->p = (void *)rt->m->trampolines[t.index()];
            return true;
        case T_PTR:
            if(is_blob(v)) out->p = ((BBlob *)v)->ptr;
            else if(is_struct_obj(v)) {
                if(!(out->p = struct_data(v))) return stale_struct_error() != nullptr;
                if(!t.const_target() && struct_is_constant(v))
                    return raise_for(&py::TypeError_type, what, "is constant data (a font, a class), which this function would modify") != nullptr;
            }
            else if(is_engine_obj(v) && t.handed_back()) {
                // an object as user_data / var; other `void *`s are memory the engine reads or
                // writes (lv.memcpy, lv.global_get_root), never an object's insides
                out->p = ((BObj *)v)->ptr;
                if(!out->p) return raise_for(&reference_error_type, what, "is an object that was deleted") != nullptr;
            }
            else if(py::is_str(v)) {
                // a `void *` that may be a path, a symbol or a descriptor (image sources): the
                // engine tells them by the first byte, and below 0x20 it reads a struct
                const char * s = py::str_data(v);
                out->cp = s;
                if((unsigned char)s[0] < 0x20)
                    return raise_for(&py::ValueError_type, what, "is a string that is empty or starts with a control character") != nullptr;
            }
            else if(is_bfunc(v)) out->p = (void *)rt->m->fnptrs[((BFunc *)v)->fn];
            else if(py::is_int(v) && t.handed_back()) {
                // a number as user_data (or a file driver's handle): the engine only hands it back
                int64_t x;
                if(!py::int_to_i64(v, &x)) return raise_for(&py::OverflowError_type, what, "is not an address") != nullptr;
                out->p = (void *)(intptr_t)x;
            } else if((out->p = any_buffer_of(v)) == nullptr && (!t.handed_back() || (out->p = object_pointer(v)) == nullptr))
                // ints too (the original binding refuses them everywhere): an address the
                // engine dereferences is passed as a Blob or a C_Pointer, never as a number
                return type_error(what, "a pointer-like object (None, a struct, a Blob, a buffer)", v) != nullptr;
            return true;
        default:
            return raise_for(&py::TypeError_type, what, "has an unsupported type") != nullptr;
    }
}

} // namespace

Val to_python(Runtime * rt, SigReader t, const Word & w, Val owner)
{
    TypeCode code = t.code();
    switch(code) {
        case T_VOID: return None;
        case T_BOOL: return py::from_bool(w.i32 != 0);
        case T_U64: return py::int_from_u64(w.u64);
        case T_F32: return py::float_new(w.f32);
        case T_F64: return py::float_new(w.f64);
        default: break;
    }
    if(is_integer_code(code)) return py::int_from_i64(word_int(code, w));
    if(!w.p) return None;
    switch(code) {
        case T_STR: return py::str_new_cstr(w.s);
        case T_OBJ: return wrap_object(rt, w.p, nullptr);
        case T_STRUCT_PTR: return struct_view(rt, t.index(), w.p, owner);
        case T_STRUCT_VAL: return struct_copy(rt, t.index(), w.cp);
        default: break;
    }
    // void *, function and other pointers: a Blob, as the original shows them, except an
    // engine object the script already holds (`e.get_target()` is the button it made)
    Val known = identity_find(rt, w.p);
    return known ? known : blob_new(w.p);
}


void init_method_check(Runtime * rt)
{
    const Module & m = *rt->m;
    rt->class_fn_first = rt->class_fn_end = rt->root_fn_first = rt->root_fn_end = 0;
    rt->get_class_fn = rt->base_class_offset = NONE;
    if(m.root_class == NONE) return;
    rt->class_fn_first = NONE;
    rt->root_fn_first = m.classes[m.root_class].first_method;
    rt->root_fn_end = (uint16_t)(rt->root_fn_first + m.classes[m.root_class].method_count);
    for(uint16_t c = 0; c < m.class_count; c++) {
        const Class & k = m.classes[c];
        if(k.first_method < rt->class_fn_first) rt->class_fn_first = k.first_method;
        if(k.first_method + k.method_count > rt->class_fn_end) rt->class_fn_end = k.first_method + k.method_count;
    }
    // LVGL's convention: get_class(obj) returns the descriptor, whose base_class points to
    // the base class's descriptor
    Attr get = resolve_class_attr(m, m.root_class, "get_class");
    if(get.kind != Attr::FUNCTION || arg_count(m, m.functions[get.index].sig) != 1) return;
    SigReader r = return_type_of(m, get.index);
    if(r.code() != T_STRUCT_PTR) return;
    rt->get_class_fn = get.index;
    Attr base = resolve_struct_attr(m, r.index(), "base_class");
    if(base.kind != Attr::FIELD) return;
    SigReader bt{m.sigs + m.fields[base.index].type};
    if(bt.code() == T_STRUCT_PTR && bt.index() == r.index()) rt->base_class_offset = m.fields[base.index].offset;
}

/** The class whose method `fn` is (NONE if none). */
static uint16_t class_of_method(const Module & m, uint16_t fn)
{
    for(uint16_t c = 0; c < m.class_count; c++)
        if((uint16_t)(fn - m.classes[c].first_method) < m.classes[c].method_count) return c;
    return NONE;
}

/** The engine's class descriptor of the object at `ptr` (get_class), nullptr if the headers
 *  have no get_class. */
static void * engine_class_of(Runtime * rt, void * ptr)
{
    if(rt->get_class_fn == NONE) return nullptr;
    Word arg, k;
    arg.u64 = k.u64 = 0;
    arg.p = ptr;
    call(*rt->m, rt->get_class_fn, &arg, &k);
    return k.p;
}

bool method_fits_object(Runtime * rt, uint16_t fn, Val self)
{
    const Module & m = *rt->m;
    if(rt->get_class_fn == NONE || !is_engine_obj(self) || !((BObj *)self)->ptr) return true;
    uint16_t cls = class_of_method(m, fn);
    if(cls == NONE || cls == m.root_class || !m.class_ptrs[cls]) return true;
    Word k;
    k.p = engine_class_of(rt, ((BObj *)self)->ptr);
    // the engine's class chain, not the Python types: the headers give every class the root
    // as its base, while the engine derives keyboard from buttonmatrix, spinbox from textarea
    for(int depth = 0; k.p && depth < 32; depth++) {
        if(k.p == m.class_ptrs[cls]) return true;
        if(rt->base_class_offset == NONE) break;
        memcpy(&k.p, (const uint8_t *)k.p + rt->base_class_offset, sizeof(void *));
    }
    char fname[64], cname[32];
    function_name(m, fn, fname, sizeof fname);
    name_copy(m, m.classes[cls].name, cname, sizeof cname);
    const char * article = strchr("aeiou", cname[0]) ? "an" : "a";
    py::raise(&py::TypeError_type, "%s() argument 1 must be %s %s, not %s", fname, article, cname, py::type_cname(self));
    return false;
}

bool engine_object_valid(Runtime * rt, void * ptr)
{
    // the root class's is_valid(obj); without one, no address can be checked
    const Module & m = *rt->m;
    if(m.root_class == NONE) return false;
    Attr a = resolve_class_attr(m, m.root_class, "is_valid");
    if(a.kind != Attr::FUNCTION || arg_count(m, m.functions[a.index].sig) != 1) return false;
    Word arg, r;
    arg.u64 = r.u64 = 0;
    arg.p = ptr;
    call(m, a.index, &arg, &r);
    return r.i32 != 0;
}

Val wrap_object(Runtime * rt, void * ptr, py::Type * t)
{
    const Module & m = *rt->m;
    Val known = identity_find(rt, ptr);
    if(known) return known;
    if(!t) {
        // the engine's own class of the object (get_class), so an event's target is a label
        uint16_t cls = m.root_class;
        if(void * k = engine_class_of(rt, ptr)) {
            for(uint16_t c = 0; c < m.class_count; c++)
                if(m.class_ptrs[c] && m.class_ptrs[c] == k) cls = c;
        }
        if(cls == NONE) return py::raise(&py::TypeError_type, "no class for engine objects");
        t = class_type(rt, cls);
        if(!t) return nullptr;
    }
    BObj * o = (BObj *)py::alloc_obj(t, t->instance_size);
    if(!o) return nullptr;
    o->ptr = ptr;
    if(!identity_add(rt, (Val)o) || !watch_deletion(rt, ptr)) return nullptr;
    return (Val)o;
}

void object_deleted(Runtime * rt, const Word * args)
{
    Word target;
    target.u64 = 0;
    call(*rt->m, rt->event_target_fn, args, &target);
    Val known = identity_find(rt, target.p);
    if(known) forget_object(rt, known);
}

bool init_deletion_watch(Runtime * rt)
{
    const Module & m = *rt->m;
    rt->add_event_cb = NONE;
    if(m.root_class == NONE) return true;
    Attr add = resolve_class_attr(m, m.root_class, "add_event_cb");
    Attr del = resolve_module_attr(m, "EVENT_DELETE");
    if(add.kind != Attr::FUNCTION || del.kind != Attr::INT || arg_count(m, m.functions[add.index].sig) != 4) return true;
    SigReader a = first_arg(m, m.functions[add.index].sig);
    a.next();
    if(a.code() != T_CALLBACK || (function_flags(m, add.index) & F_USER_DATA_ARG_MASK) != 3) return true;
    // the event callback's first argument is the event: its target is the deleted object
    SigReader event = first_arg(m, m.callbacks[a.index()].sig);
    if(event.code() != T_STRUCT_PTR) return true;
    Attr target = resolve_struct_attr(m, event.index(), "get_target_obj");
    if(target.kind != Attr::FUNCTION) target = resolve_struct_attr(m, event.index(), "get_target");
    if(target.kind != Attr::FUNCTION || arg_count(m, m.functions[target.index].sig) != 1) return true;
    rt->event_target_fn = target.index;
    rt->delete_holder = holder_for(rt, nullptr);  // a marker: handle_callback knows it
    if(!rt->delete_holder) return false;
    rt->add_event_cb = add.index;
    rt->delete_code = (int32_t)int_member_value(m, del.group, del.index);
    return true;
}

bool watch_deletion(Runtime * rt, void * ptr)
{
    if(rt->add_event_cb == NONE) return true;
    const Module & m = *rt->m;
    SigReader a = first_arg(m, m.functions[rt->add_event_cb].sig);
    a.next();
    Word args[4], r;
    for(Word & w : args) w.u64 = 0;
    args[0].p = ptr;
    args[1].p = (void *)m.trampolines[a.index()];
    args[2].i32 = rt->delete_code;
    args[3].p = rt->delete_holder;
    call(m, rt->add_event_cb, args, &r);
    return true;
}

Val struct_copy(Runtime * rt, uint16_t st, const void * src)
{
    py::Type * t = struct_type(rt, st);
    size_t size = rt->m->structs[st].size;
    if(!t) return nullptr;
    BStruct * o = (BStruct *)py::alloc_obj(t, sizeof(BStruct) + size);
    if(!o) return nullptr;
    o->data = o + 1;
    if(src) memcpy(o->data, src, size);
    return (Val)o;
}

Val struct_view(Runtime * rt, uint16_t st, void * data, Val owner)
{
    py::Type * t = struct_type(rt, st);
    if(!t) return nullptr;
    BStruct * o = (BStruct *)py::alloc_obj(t, sizeof(BStruct));
    if(!o) return nullptr;
    o->data = data;
    o->owner = owner;
    return (Val)o;
}

bool struct_fill(Runtime * rt, uint16_t st, void * data, Val v)
{
    const Module & m = *rt->m;
    const Struct & s = m.structs[st];
    if(is_struct_obj(v)) {
        TypeRecord * r = record_of(v->type);
        if(m.structs[r->index].size != s.size || s.size == 0)
            return type_error(Who{"struct initialiser", 0}, "a struct of the same type", v) != nullptr;
        void * from = struct_data(v);
        if(!from) return stale_struct_error() != nullptr;
        memmove(data, from, s.size);
        return true;
    }
    if(!py::isinst(v, &py::dict_type)) return type_error(Who{"struct initialiser", 0}, "a dict or a struct", v) != nullptr;
    memset(data, 0, s.size);
    py::Map * map = &((py::Dict *)v)->map;
    for(uint32_t i = 0; i < map->n; i++) {
        Val k = map->entries[i].key;
        if(!k) continue;
        if(!py::is_str(k)) return type_error(Who{"field name", 0}, "a str", k) != nullptr;
        Attr a = resolve_struct_attr(m, st, py::str_data(k));
        if(a.kind != Attr::FIELD) {
            char name[64];
            name_copy(m, s.name, name, sizeof name);
            return py::raise(&py::AttributeError_type, "'%s' has no field '%s'", name, py::str_data(k)) != nullptr;
        }
        if(!set_field(rt, st, data, m.fields[a.index], map->entries[i].value)) return false;
    }
    return true;
}

Val get_field(Runtime * rt, void * data, const Field & f, Val owner)
{
    const Module & m = *rt->m;
    FieldLayout l = field_layout(m, f);
    SigReader t = l.type;
    uint8_t * at = (uint8_t *)data + f.offset;
    if(l.bit_width) return py::int_from(load_bits(at, l.bit_offset, l.bit_width));
    if(l.count) {
        if(t.code() == T_I8 || t.code() == T_U8) return py::bytes_new((const char *)at, l.count);
        size_t size = element_size(m, t);
        Val list = py::list_new(l.count);
        if(!list) return nullptr;
        for(uint16_t i = 0; i < l.count; i++) {
            Val item;
            if(t.code() == T_STRUCT_VAL) item = struct_view(rt, t.index(), at + i * size, owner);
            else {
                Word w;
                load_scalar(t.code(), at + i * size, &w);
                item = to_python(rt, t, w, owner);
            }
            if(!item) return nullptr;
            ((py::List *)list)->items[i] = item;
        }
        return list;
    }
    if(t.code() == T_STRUCT_VAL) return struct_view(rt, t.index(), at, owner);
    Word w;
    load_scalar(t.code(), at, &w);
    return to_python(rt, t, w, owner);
}

bool set_field(Runtime * rt, uint16_t st, void * data, const Field & f, Val v)
{
    const Module & m = *rt->m;
    FieldLayout l = field_layout(m, f);
    SigReader t = l.type;
    uint8_t * at = (uint8_t *)data + f.offset;
    char field_name[72] = "field ";
    name_copy(m, f.name, field_name + 6, sizeof field_name - 6);
    Who what{field_name, 0, py::int_from((intptr_t)at)};
    if(!what.slot) return false;
    if(l.bit_width) {
        int64_t x;
        if(!py::is_int(v) || !py::int_to_i64(v, &x) || x < 0 || (l.bit_width < 32 && x >= (1ll << l.bit_width)))
            return raise_for(&py::OverflowError_type, what, "takes %d bits", l.bit_width) != nullptr;
        store_bits(at, l.bit_offset, l.bit_width, (uint32_t)x);
        return true;
    }
    if(l.count) {
        size_t n = 0;
        Val * items = nullptr;
        if(!py::seq_to_array(v, &n, &items)) return false;
        if(n > l.count) return raise_for(&py::ValueError_type, what, "holds %d items", l.count) != nullptr;
        size_t size = element_size(m, t);
        for(size_t i = 0; i < n; i++) {
            if(t.code() == T_STRUCT_VAL) {
                if(!struct_fill(rt, t.index(), at + i * size, items[i])) return false;
                continue;
            }
            Word w;
            if(!convert_arg(rt, t, items[i], &w, what)) return false;
            store_scalar(t.code(), at + i * size, w);
        }
        return true;
    }
    if(t.code() == T_STRUCT_VAL) return struct_fill(rt, t.index(), at, v);
    Word w;
    if(!convert_arg(rt, t, v, &w, what)) return false;
    if(t.code() == T_CALLBACK && v != None && !is_bfunc(v)) {
        // convention 3: the callable goes to the holder in this struct's user_data field
        if(m.structs[st].user_data_field == NONE)
            return raise_for(&py::TypeError_type, what, "has no user_data to keep the callback") != nullptr;
        Val holder = struct_holder(rt, st, data);
        Val key = holder ? py::int_from(t.index()) : nullptr;
        if(!key || py::dict_set(holder, key, v) < 0) return false;
    } else if(v != None && points_into(t, v) && !keep_alive(rt, nullptr, what.slot, v)) {
        return false;  // the struct points into v from now on
    }
    store_scalar(t.code(), at, w);
    return true;
}

namespace {

/** Where registration `fn` keeps the callables it is given (the holder), placed: its
 *  user_data argument (a new holder, or the script's dict), the table of struct addresses
 *  (a struct without user_data), or the user_data of the struct its first argument points
 *  to, or of the one the object's getter returns (F_HOLDER_VIA_GETTER). `cb` is the first
 *  callback argument's type. nullptr with an exception set on failure. */
Val registration_holder(Runtime * rt, uint16_t fn, uint8_t flags, int argc, const Val * args, Word * words,
                        uint16_t cb)
{
    const Module & m = *rt->m;
    if(m.callbacks[cb].user_data_arg == CB_GLOBAL) {
        // lv_log_register_print_cb: one holder per callback type, in the address table
        Val key = global_holder_key(cb);
        Val holder = key ? py::dict_get(rt->by_address, key) : nullptr;
        if(!holder && key) holder = holder_for(rt, nullptr);
        return holder && py::dict_set(rt->by_address, key, holder) >= 0 ? holder : nullptr;
    }
    int ud = flags & F_USER_DATA_ARG_MASK;
    SigReader first = first_arg(m, m.functions[fn].sig);
    if(ud != F_NO_USER_DATA_ARG) {
        bool user_dict = ud < argc && py::isinst(args[ud], &py::dict_type);
        Val holder = user_dict ? adopt_holder(rt, args[ud]) : holder_for(rt, nullptr);
        if(!holder) return nullptr;
        words[ud].p = holder;
        return first.code() == T_OBJ && words[0].p && !attach_holder(args[0], holder) ? nullptr : holder;
    }
    if(first.code() == T_STRUCT_PTR && words[0].p && struct_lacks_user_data(m, first.index())) {
        // lv_group_t: the holder is found by the struct's address (CB_BY_ADDRESS)
        Val addr = py::int_from((intptr_t)words[0].p);
        Val holder = addr ? py::dict_get(rt->by_address, addr) : nullptr;
        if(!holder && addr) holder = holder_for(rt, nullptr);
        return holder && py::dict_set(rt->by_address, addr, holder) >= 0 ? holder : nullptr;
    }
    // the struct carrying user_data: the first argument, or what the object's getter returns
    // (animimg.set_start_cb keeps it in the animation of get_anim())
    Word via = words[0];
    uint16_t st = first.code() == T_STRUCT_PTR ? first.index() : NONE, getter = NONE;
    if((flags & F_HOLDER_VIA_GETTER) && words[0].p && (getter = struct_getter(m, fn, cb, &st)) != NONE)
        call(m, getter, &words[0], &via);
    bool can_store = st != NONE && via.p && (m.structs[st].user_data_field != NONE || m.structs[st].user_data_set != NONE);
    if(!can_store) return raise_for(&py::TypeError_type, Who{nullptr, 0, nullptr, &m, fn}, "has nowhere to keep the callback");
    Val holder = struct_holder(rt, st, via.p);
    return holder && (getter == NONE || attach_holder(args[0], holder)) ? holder : nullptr;
}

/** Whether function `fn` is a widget method whose name starts with `prefix`. */
bool is_method_named(Runtime * rt, uint16_t fn, const char * prefix)
{
    if(fn < rt->class_fn_first || fn >= rt->class_fn_end) return false;
    char name[16];
    name_copy(*rt->m, rt->m->functions[fn].name, name, sizeof name);
    return strncmp(name, prefix, strlen(prefix)) == 0;
}

/** The object a struct result belongs to: what a widget's add_* method returns (a chart's
 *  series and cursors, a scale's sections, a spangroup's spans) is freed with the widget, so
 *  the view goes stale with it (LvReferenceError, not freed memory). nullptr otherwise. */
Val part_owner(Runtime * rt, uint16_t fn, int argc, const Val * args, SigReader ret)
{
    if(ret.code() != T_STRUCT_PTR || argc == 0 || !is_engine_obj(args[0])) return nullptr;
    return is_method_named(rt, fn, "add_") ? args[0] : nullptr;
}

/** After a widget's remove_* / delete_* method (chart.remove_series(ser)): the views of
 *  engine structs it was given are freed parts, and go stale. */
void forget_removed_parts(Runtime * rt, uint16_t fn, int argc, const Val * args)
{
    bool views = false;
    for(int i = 1; i < argc; i++) views = views || (is_struct_obj(args[i]) && ((BStruct *)args[i])->data != ((BStruct *)args[i]) + 1);
    if(!views || !(is_method_named(rt, fn, "remove_") || is_method_named(rt, fn, "delete_"))) return;
    for(int i = 1; i < argc; i++) {
        BStruct * s = (BStruct *)args[i];
        if(is_struct_obj(args[i]) && s->data != s + 1) s->data = nullptr;
    }
}

/** call_function for any arguments: conversions with error messages, kept values,
 *  callbacks, struct results, constructors and delete(). */
Val call_general(Runtime * rt, uint16_t fn, int npos, const Val * args)
{
    const Module & m = *rt->m;
    const Function & f = m.functions[fn];
    uint8_t flags = function_flags(m, fn);
    int argc = arg_count(m, f.sig);
    if(npos != argc) {
        char name[64];
        function_name(m, fn, name, sizeof name);
        return py::raise(&py::TypeError_type, "%s() takes %d positional arguments but %d were given", name, argc, npos);
    }
    // a method's object is never NULL (the engine dereferences it without checking), unless
    // the function says it takes NULL (lv.display_get_next(None) starts an iteration)
    bool is_method = (fn < m.module_fn_first || fn >= m.module_fn_first + m.module_fn_count) &&
                     !(flags & (F_CONSTRUCTOR | F_NULLABLE_FIRST));
    if(is_method && argc > 0 && args[0] == None) {
        char name[64];
        function_name(m, fn, name, sizeof name);
        return py::raise(&py::TypeError_type, "%s() argument 1 must be an object, not None", name);
    }
    Word words[MAX_ARGS];
    int cb_arg[MAX_ARGS];
    uint16_t cb_index[MAX_ARGS];
    int pending = 0;
    SigReader t = first_arg(m, f.sig);
    for(int i = 0; i < argc; i++, t.next()) {
        if(convert_common_arg(t.code(), args[i], &words[i], i == 0)) continue;
        Who who{nullptr, i + 1};
        who.m = &m;
        who.fn = fn;
        bool may_be_kept = (t.code() == T_STR && py::is_str(args[i])) || (t.code() == T_PTR && points_into(t, args[i])) ||
                           ((t.code() == T_ARRAY || t.code() == T_STRUCT_PTR) && py::isinst(args[i], &py::list_type));
        if(may_be_kept) {
            // the engine may keep the pointer (set_text_static, set_map, set_points): the
            // value lives until the same argument of the same function on the same object
            // changes, or the object is deleted
            bool on_object = i > 0 && is_engine_obj(args[0]);
            who.owner = on_object ? args[0] : nullptr;
            who.slot = on_object ? py::small(-(intptr_t)fn * MAX_ARGS - i) : function_slot(fn, i);
            if(!who.slot) return nullptr;
        }
        if(!convert_arg(rt, t, args[i], &words[i], who)) return nullptr;
        if((t.code() == T_STR || t.code() == T_PTR) && who.slot && !keep_alive(rt, who.owner, who.slot, args[i])) return nullptr;
        if(t.code() == T_CALLBACK && args[i] != None && !is_bfunc(args[i])) {
            cb_arg[pending] = i;
            cb_index[pending++] = t.index();
        }
    }
    if(pending) {
        Val holder = registration_holder(rt, fn, flags, argc, args, words, cb_index[0]);
        for(int k = 0; holder && k < pending; k++) {
            Val key = py::int_from(cb_index[k]);
            if(!key || py::dict_set(holder, key, args[cb_arg[k]]) < 0) holder = nullptr;
        }
        if(!holder) return nullptr;
    }
    SigReader ret = return_type_of(m, fn);
    Word result;
    result.u64 = 0;
    Val struct_result = nullptr;
    if(ret.code() == T_STRUCT_VAL) {
        struct_result = struct_copy(rt, ret.index(), nullptr);
        if(!struct_result) return nullptr;
        result.p = ((BStruct *)struct_result)->data;
    }
    call(m, fn, words, &result);
    if(fn == rt->delete_fn && argc == 1) forget_object(rt, args[0]);
    forget_deleted_handle(rt, fn, argc, args);
    forget_removed_parts(rt, fn, argc, args);
    if(struct_result) return struct_result;
    if((flags & F_CONSTRUCTOR) && ret.code() == T_OBJ) {
        if(!result.p) return None;
        for(uint16_t c = 0; c < m.class_count; c++)
            if(m.classes[c].create_fn == fn) return wrap_object(rt, result.p, class_type(rt, c));
    }
    return to_python(rt, ret, result, part_owner(rt, fn, argc, args, ret));
}

} // namespace

Val call_function(Runtime * rt, uint16_t fn, int npos, const Val * args)
{
    // the common call (o.set_x(5), o.get_x()): small ints and live objects in, a scalar or
    // nothing out; anything else, including every error, takes the general path
    const Module & m = *rt->m;
    const Function & f = m.functions[fn];
    SigReader ret{m.sigs + f.sig};
    SigReader t = ret;
    t.next();
    int argc = *t.p++;
    const int FAST_ARGS = 4;
    // a widget's method on an object of another class would read it as the wrong struct
    if(fn >= rt->class_fn_first && fn < rt->class_fn_end && (fn < rt->root_fn_first || fn >= rt->root_fn_end) &&
       npos > 0 && !method_fits_object(rt, fn, args[0]))
        return nullptr;
    bool plain = npos == argc && argc <= FAST_ARGS && !(m.sigs[f.sig - 1] & F_CONSTRUCTOR) && fn != rt->delete_fn &&
                 ret.code() != T_STRUCT_VAL && ret.code() != T_STRUCT_PTR;
    Word words[FAST_ARGS] = {};
    for(int i = 0; plain && i < argc; i++, t.next()) plain = convert_common_arg(t.code(), args[i], &words[i], i == 0);
    if(!plain) return call_general(rt, fn, npos, args);
    Word result;
    result.u64 = 0;
    call(m, fn, words, &result);
    forget_deleted_handle(rt, fn, argc, args);
    return to_python(rt, ret, result, nullptr);
}

} // namespace binding
} // namespace pyvgl
