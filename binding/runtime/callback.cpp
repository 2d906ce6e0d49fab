/**
 * @file callback.cpp
 * Callbacks into Python: the holder kept in a registration's user_data maps callback
 * types to callables; the handler every trampoline reaches finds it and calls it. A Python
 * exception is printed here and never unwinds through the engine's frames.
 */
#include "binding/runtime/internal.h"

namespace pyvgl {
namespace binding {

using py::Val;

Val holder_for(Runtime * rt, void * existing)
{
    if(existing) {
        Val key = py::int_from((intptr_t)existing);
        Val known = key ? py::dict_get(rt->holders, key) : nullptr;
        if(known) return known;
        if(py::exc_pending()) return nullptr;
    }
    Val holder = py::dict_new(2);
    Val key = holder ? py::int_from((intptr_t)holder) : nullptr;
    if(!key || py::dict_set(rt->holders, key, holder) < 0) return nullptr;
    return holder;
}

Val global_holder_key(intptr_t cb_type) { return py::int_from(-1 - cb_type); }

Val adopt_holder(Runtime * rt, Val dict)
{
    Val key = py::int_from((intptr_t)dict);
    return key && py::dict_set(rt->holders, key, dict) >= 0 ? dict : nullptr;
}

Val holder_owner_key() { return py::str_intern_cstr("obj"); }

namespace {

/** obj.remove_event_cb(callable): each registration of the callable on this object has its
 *  own holder, removed with remove_event_cb_with_user_data(obj, trampoline, holder). */
Val remove_event_cb(int npos, int nkw, const Val * args)
{
    BObj * o = (BObj *)args[0];
    TypeRecord * r = record_of(o->type);
    if(!r || r->is_struct) return py::raise(&py::TypeError_type, "remove_event_cb() needs an object");
    if(!o->ptr) return py::raise(&reference_error_type, "remove_event_cb(): the object was deleted");
    Runtime * rt = r->rt;
    const Module & m = *rt->m;
    SigReader cbt = first_arg(m, m.functions[rt->remove_with_user_data].sig);
    cbt.next();
    Val owner = py::int_from((intptr_t)o->ptr);
    Val cb_key = py::int_from(cbt.index());
    if(!owner || !cb_key) return nullptr;
    // collect first: removing while walking the holders dict would skip entries
    Val found = py::list_new(0);
    py::Map * map = &((py::Dict *)rt->holders)->map;
    for(uint32_t i = 0; found && i < map->n; i++) {
        Val h = map->entries[i].value;
        if(!map->entries[i].key || !py::isinst(h, &py::dict_type)) continue;
        Val on = py::dict_get_str(h, holder_owner_key());
        Val f = py::dict_get(h, cb_key);
        if(!on || !f || py::equal(on, owner) != 1) continue;
        int same = py::equal(f, args[1]);
        if(same < 0) return nullptr;
        if(same && py::list_append(found, h) < 0) return nullptr;
    }
    if(!found) return nullptr;
    uint32_t removed = 0;
    for(size_t i = 0; i < ((py::List *)found)->len; i++) {
        Val h = ((py::List *)found)->items[i];
        Word w[3], res;
        w[0].u64 = w[1].u64 = w[2].u64 = res.u64 = 0;
        w[0].p = o->ptr;
        w[1].p = (void *)m.trampolines[cbt.index()];
        w[2].p = h;
        call(m, rt->remove_with_user_data, w, &res);
        removed += res.u32 ? 1 : 0;
        Val key = py::int_from((intptr_t)h);
        if(!key || py::dict_del(rt->holders, key) < 0) return nullptr;
    }
    return py::from_bool(removed > 0);
}

/** A holder of a deleted object's event callback: no longer in the holders table, still
 *  alive while the engine's event list points to it (the GC scans engine memory). */
bool is_retired_holder(void * ud)
{
    if(!py::gc_in_heap(ud) || !py::gc_block_size(ud)) return false;
    Val h = (Val)ud;
    return h->type == &py::dict_type && py::dict_get_str(h, holder_owner_key()) != nullptr;
}

/** The holder the callback's user_data points to, or nullptr if it is not one of ours. */
Val find_holder(Runtime * rt, const Callback & cb, const Word * args)
{
    const Module & m = *rt->m;
    void * ud = nullptr;
    if(cb.user_data_arg == CB_BY_ADDRESS) {
        Val addr = py::int_from((intptr_t)args[0].p);
        return addr ? py::dict_get(rt->by_address, addr) : nullptr;
    }
    if(cb.user_data_arg == CB_GLOBAL) {
        Val key = global_holder_key(&cb - m.callbacks);
        return key ? py::dict_get(rt->by_address, key) : nullptr;
    }
    if(cb.user_data_arg != CB_VIA_STRUCT) {
        ud = args[cb.user_data_arg].p;
    } else {
        SigReader first = first_arg(m, cb.sig);
        if(first.code() != T_STRUCT_PTR || !args[0].p) return nullptr;
        const Struct & s = m.structs[first.index()];
        Word w;
        w.u64 = 0;
        if(s.user_data_field != NONE) load_scalar(T_PTR, (const uint8_t *)args[0].p + m.fields[s.user_data_field].offset, &w);
        else if(s.user_data_get != NONE) call(m, s.user_data_get, args, &w);
        ud = w.p;
    }
    if(!ud) return nullptr;
    Val key = py::int_from((intptr_t)ud);
    Val holder = key ? py::dict_get(rt->holders, key) : nullptr;
    if(!holder && !py::exc_pending() && is_retired_holder(ud)) holder = (Val)ud;
    return holder;
}

} // namespace

namespace {
unsigned g_callback_errors;

void report_callback_error(Val exc)
{
    g_callback_errors++;
    py::print_exception(exc);
}
} // namespace

unsigned callback_error_count()
{
    return g_callback_errors;
}

namespace {
unsigned g_callback_depth;
}

unsigned callback_depth()
{
    return g_callback_depth;
}

bool init_remove_event_cb(Runtime * rt)
{
    const Module & m = *rt->m;
    rt->remove_with_user_data = NONE;
    if(m.root_class == NONE) return true;
    Attr own = resolve_class_attr(m, m.root_class, "remove_event_cb");
    Attr with = resolve_class_attr(m, m.root_class, "remove_event_cb_with_user_data");
    if(own.kind == Attr::FUNCTION || with.kind != Attr::FUNCTION || arg_count(m, m.functions[with.index].sig) != 3)
        return true;
    SigReader a = first_arg(m, m.functions[with.index].sig);
    a.next();
    if(a.code() != T_CALLBACK) return true;
    rt->remove_with_user_data = with.index;
    rt->remove_event_cb = py::native_func_new("remove_event_cb", remove_event_cb, 2, 2, 0);
    return rt->remove_event_cb != nullptr;
}

void handle_callback(const Module & m, uint16_t cb_index, const Word * args, Word * result)
{
    Runtime * rt = runtime_of(m);
    if(!rt) return;
    const Callback & cb = m.callbacks[cb_index];
    Val saved = py::exc_take();  // a callback may run while an exception is pending
    Val holder = find_holder(rt, cb, args);
    if(holder && holder == rt->delete_holder) {
        object_deleted(rt, args);  // no Python code runs: called for every deleted object
        holder = nullptr;
    }
    Val key = holder ? py::int_from(cb_index) : nullptr;
    Val f = key ? py::dict_get(holder, key) : nullptr;
    if(f) {
        Val pyargs[MAX_CALLBACK_ARGS];
        int n = arg_count(m, cb.sig);
        SigReader t = first_arg(m, cb.sig);
        bool ok = n <= MAX_CALLBACK_ARGS;
        for(int i = 0; ok && i < n; i++, t.next()) {
            pyargs[i] = to_python(rt, t, args[i], nullptr);
            ok = pyargs[i] != nullptr;
        }
        Val r = nullptr;
        g_callback_depth++;
        bool called = ok && py::call_protected(f, n, pyargs, &r);
        g_callback_depth--;
        // struct pointers the engine passed (an event on its stack, an area) are only valid
        // during the call: views of them kept by the script raise LvReferenceError afterwards
        SigReader a = first_arg(m, cb.sig);
        for(int i = 0; ok && i < n; i++, a.next())
            if(a.code() == T_STRUCT_PTR && pyargs[i] != None) ((BStruct *)pyargs[i])->data = nullptr;
            else if(!py::is_small(pyargs[i]) && pyargs[i]->type == &blob_type) blob_expire(pyargs[i]);  // read_cb's buffer may go too
        if(called) {
            Word w;
            SigReader ret{m.sigs + cb.sig};
            if(ret.code() == T_STRUCT_VAL) {
                if(py::is_small(r) || !record_of(r->type) || !struct_fill(rt, ret.index(), result->p, r)) py::exc_take();
            } else if(ret.code() != T_VOID) {
                if(to_word(rt, ret, r, &w, "callback result")) *result = w;
                else report_callback_error(py::exc_take());
            }
        } else {
            Val e = ok ? r : py::exc_take();  // nothing pending when the arguments were too many
            if(e) report_callback_error(e);
        }
    } else if(py::exc_pending()) {
        report_callback_error(py::exc_take());
    }
    if(saved) py::raise_obj(saved);
}

} // namespace binding
} // namespace pyvgl
