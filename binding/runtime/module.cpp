/**
 * @file module.cpp
 * The module object and the Python types of classes and structs, all made lazily from the
 * tables: nothing exists until a script names it.
 */
#include "binding/runtime/internal.h"

#include <string.h>

namespace pyvgl {
namespace binding {

using py::Val;

py::Type bmodule_type, bfunc_type, bgroup_type, reference_error_type;

namespace {

const int MAX_MODULES = 4;
Runtime * g_runtimes[MAX_MODULES];
int g_runtime_count = 0;

Val member_value(const Module & m, uint16_t g, uint16_t at)
{
    if(m.groups[g].kind == G_STR) return py::str_new_cstr(str_member_value(m, at));
    return py::int_from_i64(int_member_value(m, g, at));
}

Val group_new(Runtime * rt, uint16_t g)
{
    BGroup * o = (BGroup *)py::alloc_obj(&bgroup_type, sizeof(BGroup));
    if(!o) return nullptr;
    o->rt = rt;
    o->group = g;
    return (Val)o;
}

/** The Python value of a resolved attribute (`self` binds methods), nullptr if none. */
Val attr_value(Runtime * rt, const Attr & a, Val self)
{
    const Module & m = *rt->m;
    switch(a.kind) {
        case Attr::FUNCTION: {
            Val f = func_new(rt, a.index);
            return f && self ? py::bound_method_new(self, f) : f;
        }
        case Attr::CLASS: return (Val)class_type(rt, a.index);
        case Attr::STRUCT: return (Val)struct_type(rt, a.index);
        case Attr::GROUP: return group_new(rt, a.index);
        case Attr::INT:
        case Attr::STR: return member_value(m, a.group, a.index);
        case Attr::VARIABLE: {
            const Variable & v = m.variables[a.index];
            SigReader t{m.sigs + v.type};
            // the module as owner marks constant data (struct_is_constant)
            return struct_view(rt, t.index(), const_cast<void *>(m.variable_addrs[a.index]), rt->module);
        }
        default: return nullptr;
    }
}

// ---- module ---------------------------------------------------------------------------

Val module_getattr(Val self, Val name)
{
    Runtime * rt = ((BModule *)self)->rt;
    Val cached = py::dict_get_str(rt->cache, name);
    if(cached) return cached;
    if(name == Q(__name__)) return py::str_new_cstr(rt->m->name);
    if(strcmp(py::str_data(name), "LvReferenceError") == 0) return (Val)&reference_error_type;
    if(strcmp(py::str_data(name), "C_Pointer") == 0) return (Val)&c_pointer_type;
    if(strcmp(py::str_data(name), "Blob") == 0) return (Val)&blob_type;
    Val v = attr_value(rt, resolve_module_attr(*rt->m, py::str_data(name)), nullptr);
    if(v && py::dict_set(rt->cache, name, v) < 0) return nullptr;
    return v;
}

void module_print(py::Buf * b, Val self, bool)
{
    py::buf_printf(b, "<module '%s'>", ((BModule *)self)->rt->m->name);
}

// ---- functions ------------------------------------------------------------------------

Val func_call(Val self, int npos, int nkw, const Val * args)
{
    BFunc * f = (BFunc *)self;
    if(nkw) {
        char name[64];
        function_name(*f->rt->m, f->fn, name, sizeof name);
        return py::raise(&py::TypeError_type, "%s() takes no keyword arguments", name);
    }
    return call_function(f->rt, f->fn, npos, args);
}

void func_print(py::Buf * b, Val self, bool)
{
    BFunc * f = (BFunc *)self;
    char name[64];
    function_name(*f->rt->m, f->fn, name, sizeof name);
    py::buf_printf(b, "<function %s>", name);
}

// ---- constant groups ------------------------------------------------------------------

Val group_getattr(Val self, Val name)
{
    BGroup * g = (BGroup *)self;
    const Module & m = *g->rt->m;
    Val known = g->members ? py::dict_get_str(g->members, name) : nullptr;
    if(known) return known;
    uint16_t i = find_member(m, g->group, py::str_data(name));
    if(i == NONE) return nullptr;
    Val v = member_value(m, g->group, i);
    if(v && !g->members) g->members = py::dict_new(4);
    if(!v || !g->members || py::dict_set(g->members, name, v) < 0) return nullptr;
    return v;
}

// ---- dir(): the names the tables hold, for dir() and the REPL's tab completion ----------

bool append_name(const Module & m, uint32_t name, Val out)
{
    char buf[96];
    name_copy(m, name, buf, sizeof buf);
    Val s = py::str_intern_cstr(buf);
    return s && py::list_append(out, s) >= 0;
}

bool append_functions(const Module & m, uint16_t first, uint16_t count, Val out)
{
    for(uint16_t i = first; i < first + count; i++)
        if(!append_name(m, m.functions[i].name, out)) return false;
    return true;
}

bool append_members(const Module & m, uint16_t g, Val out)
{
    for(uint16_t k = 0; k < m.groups[g].count; k++)
        if(!append_name(m, member_name(m, g, member_at(m, g, k)), out)) return false;
    return true;
}

/** A group's name, or its members when it is a flat group of ungrouped constants. */
bool append_group(const Module & m, uint16_t g, Val out)
{
    char buf[8];
    name_copy(m, m.groups[g].name, buf, sizeof buf);
    bool flat = strcmp(buf, PYVGL_FLAT_INTS) == 0 || strcmp(buf, PYVGL_FLAT_STRS) == 0;
    return flat ? append_members(m, g, out) : append_name(m, m.groups[g].name, out);
}

bool module_dir(py::Type *, Val self, Val out)
{
    const Module & m = *((BModule *)self)->rt->m;
    if(!append_functions(m, m.module_fn_first, m.module_fn_count, out)) return false;
    for(uint16_t i = 0; i < m.class_count; i++)
        if(!append_name(m, m.classes[i].name, out)) return false;
    for(uint16_t i = 0; i < m.struct_count; i++)
        if(!append_name(m, m.structs[i].name, out)) return false;
    for(uint16_t i = 0; i < m.variable_count; i++)
        if(!append_name(m, m.variables[i].name, out)) return false;
    for(uint16_t g = m.module_group_first; g < m.module_group_first + m.module_group_count; g++)
        if(!append_group(m, g, out)) return false;
    Val extra[] = {Q(__name__), py::str_intern_cstr("LvReferenceError")};
    for(Val v : extra)
        if(!v || py::list_append(out, v) < 0) return false;
    return true;
}

bool group_dir(py::Type *, Val self, Val out)
{
    BGroup * g = (BGroup *)self;
    return append_members(*g->rt->m, g->group, out);
}

/** A class or struct type lists its own methods, groups and fields; dir() walks the bases. */
bool record_dir(py::Type * owner, Val, Val out)
{
    TypeRecord * r = (TypeRecord *)owner->user;
    const Module & m = *r->rt->m;
    if(r->is_struct) {
        const Struct & s = m.structs[r->index];
        for(uint16_t i = s.first_field; i < s.first_field + s.field_count; i++)
            if(!append_name(m, m.fields[i].name, out)) return false;
        return append_functions(m, s.first_method, s.method_count, out);
    }
    const Class & c = m.classes[r->index];
    for(uint16_t g = c.first_group; g < c.first_group + c.group_count; g++)
        if(!append_name(m, m.groups[g].name, out)) return false;
    return append_functions(m, c.first_method, c.method_count, out);
}

// ---- class and struct types -----------------------------------------------------------

/** Instance attributes: Python-level ones first (subclasses, methods already cached in the
 *  class dict; binding functions there bind as methods: TF_BINDS_SELF), then the tables. */

Val struct_getattr(Val self, Val name)
{
    Val v = py::generic_getattr(self, name);
    if(v || py::exc_pending()) return v;
    TypeRecord * r = record_of(self->type);
    if(!r) return nullptr;
    Attr a = resolve_struct_attr(*r->rt->m, r->index, py::str_data(name));
    if(a.kind == Attr::FIELD) {
        void * data = struct_data(self);
        return data ? get_field(r->rt, data, r->rt->m->fields[a.index], self) : stale_struct_error();
    }
    return attr_value(r->rt, a, self);
}

int struct_setattr(Val self, Val name, Val v)
{
    TypeRecord * r = record_of(self->type);
    if(r && v) {
        Attr a = resolve_struct_attr(*r->rt->m, r->index, py::str_data(name));
        void * data = a.kind == Attr::FIELD ? struct_data(self) : nullptr;
        if(a.kind == Attr::FIELD && !data) return stale_struct_error() ? 0 : -1;
        if(a.kind == Attr::FIELD && struct_is_constant(self)) {
            py::raise(&py::AttributeError_type, "'%s' is constant data: its fields are read-only", self->type->name);
            return -1;
        }
        if(a.kind == Attr::FIELD && field_is_engine_link(self, r->rt->m->fields[a.index], *r->rt->m)) {
            py::raise(&py::AttributeError_type, "'%s' belongs to a widget: its pointer fields are the engine's (read-only)",
                      self->type->name);
            return -1;
        }
        if(a.kind == Attr::FIELD) return set_field(r->rt, r->index, data, r->rt->m->fields[a.index], v) ? 0 : -1;
    }
    return py::generic_setattr(self, name, v);
}

/** Creates the engine object: lv.label(parent) (parent optional when the constructor only takes it). */
Val create_object(TypeRecord * r, py::Type * t, int npos, const Val * args, BObj * into)
{
    const Module & m = *r->rt->m;
    uint16_t fn = m.classes[r->index].create_fn;
    uint8_t argc = arg_count(m, m.functions[fn].sig);
    Val none = None;
    if(npos == 0 && argc == 1) {
        npos = 1;
        args = &none;
    }
    Val made = call_function(r->rt, fn, npos, args);
    if(!made) return nullptr;
    void * ptr = made == None ? nullptr : ((BObj *)made)->ptr;
    if(!ptr) return py::raise(&py::MemoryError_type, "cannot create %s", t->name);
    // a plain class keeps the wrapper the engine's callbacks may already have seen while the
    // object was built (a theme's apply callback), so that one stays its identity
    if(!into || made->type == t) return made;
    into->ptr = ptr;
    // the subclass instance is the object's Python identity from now on
    if(!identity_add(r->rt, (Val)into)) return nullptr;
    return (Val)into;
}

Val obj_make_new(py::Type * t, int npos, int nkw, const Val * args)
{
    TypeRecord * r = record_of(t);
    if(!r) return py::raise(&py::TypeError_type, "cannot create '%s' instances", t->name);
    if(nkw) return py::raise(&py::TypeError_type, "%s() takes no keyword arguments", t->name);
    BObj * o = (BObj *)py::alloc_obj(t, t->instance_size);
    if(!o) return nullptr;
    if((t->flags & py::TF_USER) && npos == 0) return (Val)o;  // the subclass's __init__ creates it
    return create_object(r, t, npos, args, o);
}

/** __init__ of every class: creates the engine object of a subclass instance made blank. */
Val obj_init(int npos, int nkw, const Val * args)
{
    BObj * o = (BObj *)args[0];
    if(o->ptr) return None;
    TypeRecord * r = record_of(o->type);
    if(!r) return py::raise(&py::TypeError_type, "not a binding object");
    if(!create_object(r, o->type, npos - 1, args + 1, o)) return nullptr;
    return None;
}

/** Whether `src` may be viewed as struct `r`: a Blob (an address the engine gave), None, or
 *  memory at least the struct's size (a struct, a buffer). An int or a str is refused: its
 *  bytes are not the struct's, and reading them could fault. */
bool cast_source_fits(TypeRecord * r, Val src)
{
    size_t need = r->rt->m->structs[r->index].size;
    if(src == None || (!py::is_small(src) && src->type == &blob_type)) return true;
    TypeRecord * from = py::is_small(src) ? nullptr : record_of(src->type);
    size_t have = 0;
    if(from && from->is_struct) have = r->rt->m->structs[from->index].size;
    else if(!py::is_small(src) && src->type->getbuffer && !py::is_str(src)) {
        py::Buffer b;
        if(!src->type->getbuffer(src, &b, false)) return false;
        have = b.len;
    } else {
        py::raise(&py::TypeError_type, "__cast__() argument must be a Blob, a struct or a buffer, not %s", py::type_cname(src));
        return false;
    }
    if(have >= need) return true;
    py::raise(&py::ValueError_type, "__cast__() argument has %d bytes, the struct %d", (int)have, (int)need);
    return false;
}

/** <class>.__cast__(pointer): the object at an address (a Blob, an int or an object), as the
 *  original binding casts a `void *`; only live engine objects, so a wrong address is an
 *  exception instead of a crash. */
Val obj_cast(int npos, int nkw, const Val * args)
{
    TypeRecord * r = record_of((py::Type *)args[0]);
    if(!r || r->is_struct) return py::raise(&py::TypeError_type, "__cast__ needs a widget class");
    Word w;
    static const uint8_t ptr_type = T_PTR;
    if(!to_word(r->rt, SigReader{&ptr_type}, args[1], &w, "__cast__() argument")) return nullptr;
    if(!w.p) return None;
    Val known = identity_find(r->rt, w.p);
    if(known) return known;
    if(!engine_object_valid(r->rt, w.p))
        return py::raise(&reference_error_type, "__cast__(): %p is not a live object", w.p);
    return wrap_object(r->rt, w.p, nullptr);
}

void obj_print(py::Buf * b, Val self, bool)
{
    py::buf_printf(b, "<%s object at %p>", self->type->name, ((BObj *)self)->ptr);
}

Val struct_make_new(py::Type * t, int npos, int nkw, const Val * args)
{
    TypeRecord * r = record_of(t);
    if(!r) return py::raise(&py::TypeError_type, "cannot create '%s' instances", t->name);
    const Struct & s = r->rt->m->structs[r->index];
    if(s.size == 0) return py::raise(&py::TypeError_type, "cannot create '%s' instances (opaque type)", t->name);
    if(nkw || npos > 1) return py::raise(&py::TypeError_type, "%s() takes at most 1 positional argument", t->name);
    BStruct * o = (BStruct *)py::alloc_obj(t, sizeof(BStruct) + s.size);
    if(!o) return nullptr;
    o->data = o + 1;
    if(npos == 1 && args[0] != None && !struct_fill(r->rt, r->index, o->data, args[0])) return nullptr;
    return (Val)o;
}

/** <struct>.__cast__(pointer): a view of the struct at an address, another struct's bytes,
 *  or a buffer (the original binding's way to reinterpret a void *). */
Val struct_cast(int npos, int nkw, const Val * args)
{
    TypeRecord * r = record_of((py::Type *)args[0]);
    if(!r || !r->is_struct) return py::raise(&py::TypeError_type, "__cast__ needs a struct type");
    if(!cast_source_fits(r, args[1])) return nullptr;
    Word w;
    static const uint8_t ptr_type = T_PTR;
    if(!to_word(r->rt, SigReader{&ptr_type}, args[1], &w, "__cast__() argument")) return nullptr;
    if(!w.p) return None;
    return struct_view(r->rt, r->index, w.p, args[1]);
}

void struct_print(py::Buf * b, Val self, bool)
{
    py::buf_printf(b, "<%s at %p>", self->type->name, ((BStruct *)self)->data);
}

/** Two structs are equal when they are the same engine memory, as in the original binding:
 *  `obj.get_class() == lv.button_class` compares two views of one class descriptor. */
Val struct_binop(int op, Val self, Val other)
{
    if(op != py::OP_EQ && op != py::OP_NE) return NOTIMPL;
    TypeRecord * r = record_of(py::type_of(other));
    if(!r || !r->is_struct) return NOTIMPL;
    bool same = ((BStruct *)self)->data == ((BStruct *)other)->data;
    return py::from_bool(op == py::OP_EQ ? same : !same);
}

/** A binding type named after its table entry. */
py::Type * make_type(Runtime * rt, TypeRecord * rec, uint32_t name, py::Type * base)
{
    py::Type * t = (py::Type *)py::gc_alloc(sizeof(py::Type));
    char * cname = (char *)py::gc_alloc(64);
    if(!t || !cname) {
        py::raise_no_memory();
        return nullptr;
    }
    name_copy(*rt->m, name, cname, 64);
    // getattr slots below start with the generic lookup: LOAD_METHOD may skip them
    py::type_init(t, cname, base, py::TF_BASETYPE | py::TF_GETATTR_FALLBACK);
    t->user = rec;
    t->dir = record_dir;
    t->module = py::str_new_cstr(rt->m->name);
    return t;
}

bool init_types()
{
    static bool done = false;
    if(done) return true;
    done = true;
    py::type_init(&bmodule_type, "module", &py::object_type, 0);
    bmodule_type.getattr = module_getattr;
    bmodule_type.print = module_print;
    bmodule_type.dir = module_dir;
    py::type_init(&bfunc_type, "function", &py::object_type, 0);
    bfunc_type.call = func_call;
    bfunc_type.flags |= py::TF_BINDS_SELF;  // in a class dict: a method
    bfunc_type.print = func_print;
    py::type_init(&bgroup_type, "group", &py::object_type, 0);
    bgroup_type.getattr = group_getattr;
    bgroup_type.dir = group_dir;
    py::type_init(&reference_error_type, "LvReferenceError", &py::Exception_type, py::TF_BASETYPE);
    return true;
}

/** Adds `v` to the dict of `t` under table name `name`. */
bool add_named(Runtime * rt, py::Type * t, uint32_t name, Val v)
{
    char buf[96];
    name_copy(*rt->m, name, buf, sizeof buf);
    Val key = v ? py::str_intern_cstr(buf) : nullptr;
    return key && py::type_dict_set(t, key, v) >= 0;
}

/** The first import initialises the library: its module function init() if it has one. */
template <int N> Val init_slot()
{
    Runtime * rt = g_runtimes[N];
    if(!rt->imported) {
        rt->imported = true;
        uint16_t init = find_module_function(*rt->m, "init");
        if(init != NONE && arg_count(*rt->m, rt->m->functions[init].sig) == 0 && !call_function(rt, init, 0, nullptr))
            return nullptr;
    }
    return rt->module;
}

Val (*const slot_inits[MAX_MODULES])(void) = {init_slot<0>, init_slot<1>, init_slot<2>, init_slot<3>};

} // namespace

/** Caches a method function in its binding class. Only a cache: when the class dict cannot
 *  grow (a full heap, e.g. just before scr.clean() frees it) the name is resolved again next
 *  time instead of failing the call. */
static void cache_method(py::Type * t, Val name, Val f)
{
    if(py::type_dict_set(t, name, f) < 0) py::exc_take();
}

/** lv.obj.set_x before any instance used it: the class (or a Python subclass) resolves
 *  the name along its base chain and caches a method in the binding class. */
Val class_getattr(Val self, Val name)
{
    TypeRecord * r = record_of((py::Type *)self);
    if(!r || r->is_struct) return nullptr;
    Attr a = resolve_class_attr(*r->rt->m, r->index, py::str_data(name));
    if(a.kind != Attr::FUNCTION) return attr_value(r->rt, a, nullptr);
    Val f = func_new(r->rt, a.index);
    if(f) cache_method(r->rt->class_types[r->index], name, f);
    return f;
}

Val obj_getattr(Val self, Val name)
{
    Val v = py::generic_getattr(self, name);
    if(v || py::exc_pending()) return v;
    TypeRecord * r = record_of(self->type);
    if(!r) return nullptr;
    Attr a = resolve_class_attr(*r->rt->m, r->index, py::str_data(name));
    if(a.kind == Attr::NONE_ && r->rt->remove_event_cb && strcmp(py::str_data(name), "remove_event_cb") == 0)
        return py::bound_method_new(self, r->rt->remove_event_cb);
    if(a.kind != Attr::FUNCTION) return attr_value(r->rt, a, self);
    // cache the function in the binding class: the next lookup is one dict hit
    Val f = func_new(r->rt, a.index);
    if(!f) return nullptr;
    cache_method(r->rt->class_types[r->index], name, f);
    return py::bound_method_new(self, f);
}

TypeRecord * record_of(py::Type * t)
{
    for(int depth = 0; t && depth < 64; depth++, t = t->base_type) {
        TypeRecord * r = (TypeRecord *)t->user;
        if(r && r->magic == RECORD_MAGIC) return r;
    }
    return nullptr;
}

py::Type * class_type(Runtime * rt, uint16_t cls)
{
    if(rt->class_types[cls]) return rt->class_types[cls];
    const Class & c = rt->m->classes[cls];
    py::Type * base = c.base == NONE ? &py::object_type : class_type(rt, c.base);
    if(!base) return nullptr;
    TypeRecord * rec = &rt->class_records[cls];
    *rec = TypeRecord{RECORD_MAGIC, rt, false, cls};
    py::Type * t = make_type(rt, rec, c.name, base);
    if(!t) return nullptr;
    t->instance_size = sizeof(BObj);
    t->dict_offset = (int32_t)offsetof(BObj, dict);
    t->make_new = obj_make_new;
    t->getattr = obj_getattr;
    t->class_getattr = class_getattr;
    t->print = obj_print;
    if(c.base == NONE) {
        static const py::MethodDef methods[] = {
            {"__init__", obj_init, 1, -1, 0}, {"__cast__", obj_cast, 2, 2, py::NF_CLASSMETHOD}, {nullptr, nullptr, 0, 0, 0}};
        py::type_add_methods(t, methods);
    }
    rt->class_types[cls] = t;
    // class-scoped groups live in the class (lv.obj.FLAG); methods are found on use
    for(uint16_t g = c.first_group; g < c.first_group + c.group_count; g++)
        if(!add_named(rt, t, rt->m->groups[g].name, group_new(rt, g))) return nullptr;
    return t;
}

py::Type * struct_type(Runtime * rt, uint16_t st)
{
    if(rt->struct_types[st]) return rt->struct_types[st];
    TypeRecord * rec = &rt->struct_records[st];
    *rec = TypeRecord{RECORD_MAGIC, rt, true, st};
    py::Type * t = make_type(rt, rec, rt->m->structs[st].name, &py::object_type);
    if(!t) return nullptr;
    t->instance_size = sizeof(BStruct);
    t->dict_offset = (int32_t)offsetof(BStruct, dict);
    t->make_new = struct_make_new;
    t->getattr = struct_getattr;
    t->setattr = struct_setattr;
    t->print = struct_print;
    t->binop = struct_binop;
    // __cast_instance__ is the original's spelling for viewing another struct instance
    static const py::MethodDef methods[] = {{"__cast__", struct_cast, 2, 2, py::NF_CLASSMETHOD},
                                            {"__cast_instance__", struct_cast, 2, 2, py::NF_CLASSMETHOD},
                                            {nullptr, nullptr, 0, 0, 0}};
    py::type_add_methods(t, methods);
    rt->struct_types[st] = t;
    // methods live in the type too, for lv.anim_t.path_linear; instances bind them
    const Struct & s = rt->m->structs[st];
    for(uint16_t f = s.first_method; f < s.first_method + s.method_count; f++)
        if(!add_named(rt, t, rt->m->functions[f].name, func_new(rt, f))) return nullptr;
    return t;
}

Val func_new(Runtime * rt, uint16_t fn)
{
    BFunc * f = (BFunc *)py::alloc_obj(&bfunc_type, sizeof(BFunc));
    if(!f) return nullptr;
    f->rt = rt;
    f->fn = fn;
    return (Val)f;
}

Runtime * runtime_of(const Module & m)
{
    for(int i = 0; i < g_runtime_count; i++)
        if(g_runtimes[i]->m == &m) return g_runtimes[i];
    return nullptr;
}

bool register_module(const Module & m)
{
    if(g_runtime_count >= MAX_MODULES || !init_types()) return false;
    Runtime * rt = (Runtime *)py::gc_alloc(sizeof(Runtime));
    if(!rt) return false;
    py::gc_register_root(rt, sizeof(Runtime));
    rt->m = &m;
    init_blob_types(rt);
    rt->cache = py::dict_new(16);
    rt->holders = py::dict_new(8);
    rt->kept = py::dict_new(8);
    rt->by_address = py::dict_new(2);
    rt->class_types = (py::Type **)py::gc_alloc(sizeof(py::Type *) * (m.class_count + 1));
    rt->struct_types = (py::Type **)py::gc_alloc(sizeof(py::Type *) * (m.struct_count + 1));
    rt->class_records = (TypeRecord *)py::gc_alloc(sizeof(TypeRecord) * (m.class_count + 1));
    rt->struct_records = (TypeRecord *)py::gc_alloc(sizeof(TypeRecord) * (m.struct_count + 1));
    BModule * mod = (BModule *)py::alloc_obj(&bmodule_type, sizeof(BModule));
    if(!rt->cache || !rt->holders || !rt->kept || !rt->by_address || !rt->class_types || !rt->struct_types || !rt->class_records ||
       !rt->struct_records || !mod)
        return false;
    mod->rt = rt;
    rt->module = (Val)mod;
    Attr del = m.root_class == NONE ? Attr{Attr::NONE_, NONE, NONE} : resolve_class_attr(m, m.root_class, "delete");
    rt->delete_fn = del.kind == Attr::FUNCTION ? del.index : NONE;
    if(!init_deletion_watch(rt) || !init_remove_event_cb(rt) || !init_handle_deletes(rt)) return false;
    init_method_check(rt);
    g_runtimes[g_runtime_count] = rt;
    py::register_builtin_module(m.name, slot_inits[g_runtime_count]);
    g_runtime_count++;
    set_callback_handler(handle_callback);
    return true;
}

} // namespace binding
} // namespace pyvgl
