/**
 * @file classify.cpp
 * Maps the C declarations to Python: classes from <prefix>_<name>_create(parent), methods,
 * struct methods, module functions, and the user_data convention of each callback.
 */
#include "model.h"

#include <set>
#include <tuple>
#include <unordered_map>

namespace bindgen {

namespace {

bool starts_with(const std::string & s, const std::string & p) { return s.compare(0, p.size(), p) == 0; }

bool is_user_data_name(const std::string & n) { return n.empty() || n.find("user_data") != std::string::npos; }

void find_classes(Model & m)
{
    std::string p = m.prefix + "_";
    for(size_t i = 0; i < m.functions.size(); i++) {
        Function & f = m.functions[i];
        const std::string suffix = "_create";
        if(f.c_name.size() <= p.size() + suffix.size()) continue;
        if(f.c_name.compare(f.c_name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
        // lv_menu_page_create(menu, title) takes more than the parent: still a class
        if(f.ret.kind != TK::Obj || f.params.empty() || f.params[0].type.kind != TK::Obj) continue;
        if(!f.skip_reason.empty()) continue;
        Class c;
        c.name = f.c_name.substr(p.size(), f.c_name.size() - p.size() - suffix.size());
        c.create_fn = (int)i;
        c.doc = f.doc;
        m.classes.push_back(c);
    }
    std::string root = m.obj_type;
    root = strip_prefix(root, m.prefix);
    if(root.size() > 2 && root.compare(root.size() - 2, 2, "_t") == 0) root.resize(root.size() - 2);
    for(size_t i = 0; i < m.classes.size(); i++)
        if(m.classes[i].name == root) m.root_class = (int)i;
    // Every widget is an obj: the headers do not say more (LVGL keeps base classes in the
    // private class structs), so the runtime may refine this through class_ptr.
    for(size_t i = 0; i < m.classes.size(); i++)
        if((int)i != m.root_class) m.classes[i].base = m.root_class;
}

int find_function(const Model & m, const std::string & name)
{
    for(size_t i = 0; i < m.functions.size(); i++)
        if(m.functions[i].c_name == name && m.functions[i].skip_reason.empty()) return (int)i;
    return -1;
}

void find_user_data_accessors(Model & m)
{
    for(auto & s : m.structs) {
        if(s.method_prefix.empty() || s.alias_of >= 0) continue;
        s.user_data_get = find_function(m, s.method_prefix + "get_user_data");
        s.user_data_set = find_function(m, s.method_prefix + "set_user_data");
    }
}

bool struct_has_user_data(const Struct & s) { return s.user_data_field >= 0 || s.user_data_get >= 0; }
bool struct_stores_user_data(const Struct & s) { return s.user_data_field >= 0 || s.user_data_set >= 0; }

void find_callback_conventions(Model & m)
{
    for(auto & cb : m.callbacks) {
        if(!cb.unsupported.empty()) continue;
        // LVGL names callbacks registered once for the whole library *_g_cb_t
        const std::string g_suffix = "_g_cb_t";
        if(cb.c_name.size() > g_suffix.size() &&
           cb.c_name.compare(cb.c_name.size() - g_suffix.size(), g_suffix.size(), g_suffix) == 0) {
            cb.global = true;
            continue;
        }
        if(!cb.params.empty()) {
            const Param & last = cb.params.back();
            if(last.type.kind == TK::Ptr && is_user_data_name(last.name) &&
               last.type.c_spelling.find("void") != std::string::npos) {
                cb.user_data_arg = (int)cb.params.size() - 1;
                continue;
            }
            // a struct with user_data carries it; one without (lv_group_t) is found by its
            // address, in a table the runtime keeps (tables.h, Callback::user_data_arg)
            const Type & first = cb.params[0].type;
            if(first.kind == TK::StructPtr) {
                cb.via_struct = first.index;
                continue;
            }
        }
        cb.unsupported = "callback " + cb.c_name +
                         " has no user_data (no `void * user_data` last argument, and its first argument "
                         "is not a struct pointer that could lead back to the callable)";
    }
}

/** A module function lv_..._set_..._cb(cb[, void * data]) sets the one callback of its kind the
 *  library keeps (lv_tick_set_cb, lv_delay_set_cb, lv_timer_handler_set_resume_cb): a callback
 *  type without user_data used that way is global, like LVGL's *_g_cb_t types. */
void find_global_setters(Model & m)
{
    for(const auto & f : m.functions) {
        if(!f.skip_reason.empty() || f.params.empty() || f.params.size() > 2) continue;
        if(f.params[0].type.kind != TK::Callback || f.c_name.find("_set_") == std::string::npos) continue;
        if(f.c_name.size() < 3 || f.c_name.compare(f.c_name.size() - 3, 3, "_cb") != 0) continue;
        if(f.params.size() == 2 && f.params[1].type.kind != TK::Ptr) continue;
        Callback & cb = m.callbacks[f.params[0].type.index];
        if(cb.unsupported.find("has no user_data") == std::string::npos) continue;
        cb.global = true;
        cb.unsupported.clear();
    }
}

} // namespace

int struct_getter_of(const Model & m, const Function & f, int st)
{
    // lv_animimg_set_start_cb(obj, cb) -> lv_animimg_get_anim(obj): the animation whose
    // user_data field carries the callback's holder
    size_t set = f.c_name.find("_set_");
    if(set == std::string::npos || f.params.empty() || f.params[0].type.kind != TK::Obj) return -1;
    std::string getter = f.c_name.substr(0, set) + "_get_";
    for(size_t i = 0; i < m.functions.size(); i++) {
        const Function & g = m.functions[i];
        if(starts_with(g.c_name, getter) && g.skip_reason.empty() && g.params.size() == 1 &&
           g.params[0].type.kind == TK::Obj && g.ret.kind == TK::StructPtr && g.ret.index == st)
            return (int)i;
    }
    return -1;
}

namespace {

/** Checks callback arguments and finds where the registration keeps the Python callable. */
void check_registration(Model & m, Function & f)
{
    for(size_t i = 0; i < f.params.size(); i++) {
        const Param & p = f.params[i];
        if(p.type.kind == TK::Ptr && p.name.find("user_data") != std::string::npos &&
           p.type.c_spelling.find("void") != std::string::npos)
            f.user_data_arg = (int)i;
    }
    if(!f.skip_reason.empty()) return;
    for(size_t i = 0; i < f.params.size(); i++) {
        const Param & p = f.params[i];
        if(p.type.kind != TK::Callback) continue;
        const Callback & cb = m.callbacks[p.type.index];
        if(!cb.unsupported.empty()) {
            f.skip_reason = "argument " + std::to_string(i) + " (" + p.name + "): " + cb.unsupported;
            return;
        }
        if(f.user_data_arg >= 0 || cb.global) continue;
        const Struct * via = cb.via_struct >= 0 ? &m.structs[cb.via_struct] : nullptr;
        bool first_is_cb_struct = via && !f.params.empty() && f.params[0].type.kind == TK::StructPtr &&
                                  f.params[0].type.index == cb.via_struct &&
                                  (struct_stores_user_data(*via) || !struct_has_user_data(*via));
        if(!first_is_cb_struct && !(via && via->user_data_field >= 0 && struct_getter_of(m, f, cb.via_struct) >= 0)) {
            f.skip_reason = "argument " + std::to_string(i) + " (" + p.name +
                            "): nowhere to keep the callable (no `void * user_data` argument, and the first "
                            "argument is not the struct carrying the callback's user_data)";
            return;
        }
    }
}

void downgrade_field_callbacks(Model & m)
{
    for(size_t si = 0; si < m.structs.size(); si++) {
        for(auto & fd : m.structs[si].fields) {
            if(fd.type.kind != TK::Callback) continue;
            const Callback & cb = m.callbacks[fd.type.index];
            bool ok = cb.unsupported.empty() && cb.via_struct == (int)si && m.structs[si].user_data_field >= 0;
            if(!ok) {
                fd.type.kind = TK::Ptr;
                fd.type.index = -1;
            }
        }
    }
}

/** The longest class name `c` such that `name` starts with <prefix>_<c>_. */
int class_prefix_of(const Model & m, const std::string & name, size_t & verb_at)
{
    int best = -1;
    size_t best_len = 0;
    std::string p = m.prefix + "_";
    for(size_t i = 0; i < m.classes.size(); i++) {
        std::string cp = p + m.classes[i].name + "_";
        if(cp.size() > best_len && starts_with(name, cp) && name.size() > cp.size()) {
            best = (int)i;
            best_len = cp.size();
        }
    }
    verb_at = best_len;
    return best;
}

/** `#define lv_anim_set_time lv_anim_set_duration`: the old name is reachable too. */
void add_aliases(Model & m)
{
    for(auto & a : m.function_aliases) {
        for(size_t i = 0; i < m.functions.size(); i++) {
            if(m.functions[i].c_name != a.second || !m.functions[i].skip_reason.empty() || !m.functions[i].alias.empty())
                continue;
            Function copy = m.functions[i];
            copy.alias = a.first;
            m.functions.push_back(copy);
            break;
        }
    }
}

/** lv_color_darken(lv_color_t c, ...) is both color_t.darken() and lv.color_darken(). */
void add_module_spellings(Model & m)
{
    size_t n = m.functions.size();
    for(size_t i = 0; i < n; i++) {
        const Function & f = m.functions[i];
        if(f.owner != Owner::Struct || !f.alias.empty() || f.params[0].type.kind != TK::StructVal) continue;
        Function copy = f;
        copy.owner = Owner::Module;
        copy.owner_index = -1;
        copy.py_name = strip_prefix(f.c_name, m.prefix);
        copy.alias = f.c_name;
        m.functions.push_back(copy);
    }
}

/** Drops alias entries whose Python spelling a real function already has. */
void drop_shadowed_aliases(Model & m)
{
    std::set<std::tuple<int, int, std::string>> taken;
    for(auto & f : m.functions)
        if(f.alias.empty() && f.skip_reason.empty()) taken.insert({(int)f.owner, f.owner_index, f.py_name});
    std::vector<Function> kept;
    for(auto & f : m.functions) {
        if(!f.alias.empty() && !taken.insert({(int)f.owner, f.owner_index, f.py_name}).second) continue;
        kept.push_back(f);
    }
    m.functions.swap(kept);
}

void assign_owners(Model & m)
{
    std::set<int> ctors;
    for(size_t i = 0; i < m.classes.size(); i++) ctors.insert(m.classes[i].create_fn);
    for(size_t i = 0; i < m.functions.size(); i++) {
        Function & f = m.functions[i];
        const std::string & c_name = f.alias.empty() || f.alias == f.c_name ? f.c_name : f.alias;
        f.py_name = strip_prefix(c_name, m.prefix);
        if(ctors.count((int)i)) {
            f.owner = Owner::Constructor;
            for(size_t c = 0; c < m.classes.size(); c++)
                if(m.classes[c].create_fn == (int)i) f.owner_index = (int)c;
            f.py_name = m.classes[f.owner_index].name;
            continue;
        }
        const Type * first = f.params.empty() ? nullptr : &f.params[0].type;
        size_t verb_at = 0;
        int cls = class_prefix_of(m, c_name, verb_at);
        if(first && first->kind == TK::Obj && cls >= 0) {
            f.owner = Owner::Class;
            f.owner_index = cls;
            f.py_name = c_name.substr(verb_at);
            continue;
        }
        if(first && (first->kind == TK::StructPtr || first->kind == TK::StructVal)) {
            const Struct & s = m.structs[first->index];
            if(!s.method_prefix.empty() && starts_with(c_name, s.method_prefix) &&
               c_name.size() > s.method_prefix.size()) {
                f.owner = Owner::Struct;
                f.owner_index = first->index;
                f.py_name = c_name.substr(s.method_prefix.size());
            }
        }
    }
}

void note_enum_sizes(Model & m)
{
    std::set<std::string> seen;
    auto note = [&](const Type & t) {
        if(!t.enum_c.empty() && (t.kind == TK::I32 || t.kind == TK::U32) && seen.insert(t.enum_c).second)
            m.enum_types_by_value.push_back(t.enum_c);
    };
    for(auto & f : m.functions) {
        if(!f.skip_reason.empty()) continue;
        note(f.ret);
        for(auto & p : f.params) note(p.type);
    }
    for(auto & cb : m.callbacks) {
        if(!cb.unsupported.empty()) continue;
        note(cb.ret);
        for(auto & p : cb.params) note(p.type);
    }
}

} // namespace

void classify(Model & m)
{
    find_classes(m);
    find_user_data_accessors(m);
    find_callback_conventions(m);
    find_global_setters(m);
    for(auto & f : m.functions) check_registration(m, f);
    downgrade_field_callbacks(m);
    add_aliases(m);
    assign_owners(m);
    add_module_spellings(m);
    drop_shadowed_aliases(m);
    note_enum_sizes(m);
}

} // namespace bindgen
