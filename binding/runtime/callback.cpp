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

namespace {

/** The holder the callback's user_data points to, or nullptr if it is not one of ours. */
Val find_holder(Runtime * rt, const Callback & cb, const Word * args)
{
    const Module & m = *rt->m;
    void * ud = nullptr;
    if(cb.user_data_arg != 0xFF) {
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
    return key ? py::dict_get(rt->holders, key) : nullptr;
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

void handle_callback(const Module & m, uint16_t cb_index, const Word * args, Word * result)
{
    Runtime * rt = runtime_of(m);
    if(!rt) return;
    const Callback & cb = m.callbacks[cb_index];
    Val saved = py::exc_take();  // a callback may run while an exception is pending
    Val holder = find_holder(rt, cb, args);
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
        if(ok && py::call_protected(f, n, pyargs, &r)) {
            Word w;
            SigReader ret{m.sigs + cb.sig};
            if(ret.code() == T_STRUCT_VAL) {
                if(py::is_small(r) || !record_of(r->type) || !struct_fill(rt, ret.index(), result->p, r)) py::exc_take();
            } else if(ret.code() != T_VOID) {
                if(to_word(rt, ret, r, &w, "callback result")) *result = w;
                else report_callback_error(py::exc_take());
            }
        } else {
            report_callback_error(ok ? r : py::exc_take());
        }
    } else if(py::exc_pending()) {
        report_callback_error(py::exc_take());
    }
    if(saved) py::raise_obj(saved);
}

} // namespace binding
} // namespace pyvgl
