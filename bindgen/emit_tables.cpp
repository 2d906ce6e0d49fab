/**
 * @file emit_tables.cpp
 * Writes the C++ source holding a module's tables (binding/tables.h): the string and
 * signature pools, function/class/struct/field/callback/group tables, one caller per
 * distinct ABI signature, and one trampoline per callback type.
 */
#include "model.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <numeric>
#include <sstream>

namespace bindgen {

namespace {

const char * code_name(TK k)
{
    switch(k) {
        case TK::Void: return "T_VOID";
        case TK::Bool: return "T_BOOL";
        case TK::I8: return "T_I8";
        case TK::U8: return "T_U8";
        case TK::I16: return "T_I16";
        case TK::U16: return "T_U16";
        case TK::I32: return "T_I32";
        case TK::U32: return "T_U32";
        case TK::I64: return "T_I64";
        case TK::U64: return "T_U64";
        case TK::F32: return "T_F32";
        case TK::F64: return "T_F64";
        case TK::Str: return "T_STR";
        case TK::Ptr: return "T_PTR";
        case TK::Obj: return "T_OBJ";
        case TK::StructPtr: return "T_STRUCT_PTR";
        case TK::StructVal: return "T_STRUCT_VAL";
        case TK::Callback: return "T_CALLBACK";
        case TK::Array: return "T_ARRAY";
        default: return "T_PTR";
    }
}

struct Emitter {
    const Model & m;
    std::ostringstream out;
    std::string pool;
    std::vector<std::string> sig_tokens;
    std::map<std::string, size_t> sig_at;
    std::vector<int> struct_new, struct_order;   // model index -> table index, and back
    std::vector<int> class_new, class_order;
    std::vector<int> cb_new, cb_order;
    std::vector<int> fn_order, fn_new;           // table order of bound functions
    std::vector<int> fn_caller;
    std::vector<std::string> callers;            // ABI key per caller
    std::map<std::string, int> caller_at;
    size_t module_fn_count = 0;

    explicit Emitter(const Model & model) : m(model) {}

    /** Registers a name; returns a marker replaced by its pool offset once the pool is built. */
    std::string name(const std::string & s)
    {
        auto it = name_index.find(s);
        size_t idx;
        if(it != name_index.end()) idx = it->second;
        else {
            idx = names.size();
            names.push_back(s);
            name_index[s] = idx;
        }
        return "\x01" + std::to_string(idx) + "\x02";
    }
    std::vector<std::string> names;
    std::map<std::string, size_t> name_index;
    std::vector<uint32_t> name_offset;

    /** Word-encodes every name (binding/tables.h, Module::names): the most frequent words
     *  get one-byte codes. */
    void build_pool()
    {
        std::map<std::string, size_t> freq;
        std::vector<std::vector<std::string>> split(names.size());
        for(size_t i = 0; i < names.size(); i++) {
            size_t start = 0;
            while(true) {
                size_t u = names[i].find('_', start);
                split[i].push_back(names[i].substr(start, u == std::string::npos ? std::string::npos : u - start));
                if(u == std::string::npos) break;
                start = u + 1;
            }
            for(auto & w : split[i]) freq[w]++;
        }
        std::vector<std::string> order;
        for(auto & f : freq) order.push_back(f.first);
        std::stable_sort(order.begin(), order.end(), [&](const std::string & a, const std::string & b) {
            return freq[a] > freq[b];
        });
        // codes with bit 7 = last word (tables.h, Module::names): short_words one-byte codes
        // for the most frequent words, the other 7-bit values start two-byte codes
        short_words = 128;
        while(short_words > 0 && short_words + (128 - short_words) * 256 < order.size()) short_words--;
        // within each code length the order is free: alphabetical, so neighbours share prefixes
        size_t split_at = std::min(order.size(), short_words);
        std::sort(order.begin(), order.begin() + split_at);
        std::sort(order.begin() + split_at, order.end());
        std::map<std::string, size_t> word_index;
        for(size_t i = 0; i < order.size(); i++) {
            word_index[order[i]] = i;
            if(i % 16 == 0) word_offsets.push_back((uint32_t)words_pool.size());  // WORD_AT_STRIDE
            words_pool += front_coded(i % 16 ? order[i - 1] : std::string(), order[i]);
        }
        std::vector<std::string> encoded(names.size());
        for(size_t i = 0; i < names.size(); i++) {
            for(size_t k = 0; k < split[i].size(); k++) {
                size_t idx = word_index[split[i][k]];
                uint8_t last = k + 1 == split[i].size() ? 0x80 : 0;
                if(idx < short_words) encoded[i] += (char)(idx | last);
                else {
                    encoded[i] += (char)((short_words + ((idx - short_words) >> 8)) | last);
                    encoded[i] += (char)((idx - short_words) & 0xFF);
                }
            }
        }
        // longest first; a name that ends an earlier one at a code boundary shares its bytes
        std::vector<size_t> order_by_length(names.size());
        std::iota(order_by_length.begin(), order_by_length.end(), 0);
        std::stable_sort(order_by_length.begin(), order_by_length.end(),
                         [&](size_t a, size_t b) { return encoded[a].size() > encoded[b].size(); });
        std::map<std::string, uint32_t> encoded_at;  // every code-boundary suffix placed so far
        name_offset.assign(names.size(), 0);
        for(size_t i : order_by_length) {
            auto it = encoded_at.find(encoded[i]);
            if(it != encoded_at.end()) {
                name_offset[i] = it->second;
                continue;
            }
            uint32_t at = (uint32_t)pool.size();
            name_offset[i] = at;
            pool += encoded[i];
            for(size_t k = 0; k < encoded[i].size();) {
                encoded_at.emplace(encoded[i].substr(k), at + (uint32_t)k);
                k += ((uint8_t)encoded[i][k] & 0x7F) < short_words ? 1 : 2;
            }
        }
        if(short_words == 0) error = "too many distinct words in names";
        if(words_pool.size() > 0xFFFF) error = "too many distinct words in names";
    }
    size_t short_words = 0;
    std::string words_pool;
    std::vector<uint32_t> word_offsets;

    /** `word` after `prev` in the words pool (tables.h, Module::words): the length of the
     *  prefix it shares with prev (bit 7 set when nothing follows), then the rest of its
     *  characters, the last one with bit 7 set. */
    std::string front_coded(const std::string & prev, const std::string & word)
    {
        size_t shared = 0;
        while(shared < prev.size() && shared < word.size() && shared < 0x7F && prev[shared] == word[shared]) shared++;
        std::string out(1, (char)shared);
        if(shared == word.size()) out[0] = (char)(shared | 0x80);
        else {
            out += word.substr(shared);
            out.back() = (char)(out.back() | 0x80);
        }
        for(unsigned char c : word)
            if(c >= 0x80) error = "a name holds a non-ASCII character";
        if(word.size() >= WORD_MAX) error = "a word of a name is too long: " + word;
        return out;
    }
    static const size_t WORD_MAX = 64;  // binding/call.cpp NameReader::buf

    /** Replaces the name markers of `text` with pool offsets. */
    std::string resolve_names(const std::string & text)
    {
        std::string out;
        out.reserve(text.size());
        for(size_t i = 0; i < text.size(); i++) {
            if(text[i] != '\x01') {
                out += text[i];
                continue;
            }
            size_t end = text.find('\x02', i);
            out += std::to_string(name_offset[std::stoul(text.substr(i + 1, end - i - 1))]);
            i = end;
        }
        return out;
    }

    void encode(const Type & t, std::vector<std::string> & toks)
    {
        if(t.kind == TK::L || t.kind == TK::UL) {
            toks.push_back("PYVGL_ICODE(" + t.abi_c + ")");
            return;
        }
        toks.push_back(code_name(t.kind));
        int idx = -1;
        if(t.kind == TK::StructPtr || t.kind == TK::StructVal) idx = struct_new[t.index];
        else if(t.kind == TK::Callback) idx = cb_new[t.index];
        if(idx >= 0) {
            toks.push_back(std::to_string(idx & 0xFF));
            toks.push_back(std::to_string(idx >> 8));
        }
        if(t.kind == TK::Array) encode(*t.elem, toks);
    }

    size_t sig(const std::vector<std::string> & toks)
    {
        std::string key;
        for(auto & t : toks) key += t + ",";
        auto it = sig_at.find(key);
        if(it != sig_at.end()) return it->second;
        size_t at = sig_tokens.size();
        sig_tokens.insert(sig_tokens.end(), toks.begin(), toks.end());
        sig_at[key] = at;
        return at;
    }

    size_t function_sig(const Type & ret, const std::vector<Param> & params)
    {
        std::vector<std::string> toks;
        encode(ret, toks);
        toks.push_back(std::to_string(params.size()));
        for(auto & p : params) encode(p.type, toks);
        return sig(toks);
    }

    /** A `void *` the engine only stores and hands back (`user_data`, an animation's `var`,
     *  an object's `id`):
     *  T_PTR | T_HANDED_BACK, which also takes dicts and class instances (the original
     *  binding's user_data convention). Other pointers must not point into Python objects,
     *  which the engine would read or write as C data. */
    static void mark_handed_back(const std::string & name, const Type & t, std::vector<std::string> & toks, size_t at)
    {
        // user_data, an animation's var, an object's id (lv_obj_set_id, find_by_id, id1/id2)
        bool id = name.compare(0, 2, "id") == 0 && name.find_first_not_of("0123456789", 2) == std::string::npos;
        bool user_data = name == "var" || id || (name.size() >= 9 && name.compare(name.size() - 9, 9, "user_data") == 0);
        if(t.kind == TK::Ptr && user_data) toks[at] = "T_PTR | T_HANDED_BACK";
    }

    /** A parameter pointing to const data (`const lv_font_t * font`): T_CONST_TARGET, so
     *  the runtime may pass constant data (the module's variables) there and only there. */
    static void mark_const_target(const Type & t, std::vector<std::string> & toks, size_t at)
    {
        bool pointer = t.kind == TK::Ptr || t.kind == TK::StructPtr;
        if(pointer && t.c_spelling.compare(0, 6, "const ") == 0) toks[at] = "(" + toks[at] + ") | T_CONST_TARGET";
    }

    /** A bound function's signature, preceded by its caller index and flags (tables.h,
     *  Function): returns the offset of the return type. */
    size_t bound_function_sig(const Function & f, int caller, int flags)
    {
        std::vector<std::string> toks{std::to_string(caller), std::to_string(flags)};
        encode(f.ret, toks);
        toks.push_back(std::to_string(f.params.size()));
        for(auto & p : f.params) {
            size_t at = toks.size();
            encode(p.type, toks);
            mark_handed_back(p.name, p.type, toks, at);
            mark_const_target(p.type, toks, at);
        }
        return sig(toks) + 2;
    }

    /** A field's type: T_FIXED count element, T_BITS first-bit width, or its plain type. */
    size_t field_sig(const Field & f)
    {
        std::vector<std::string> toks;
        if(f.bit_width) {
            toks = {"T_BITS", std::to_string(f.bit_offset % 8), std::to_string(f.bit_width)};
        } else {
            if(f.count) toks = {"T_FIXED", std::to_string(f.count & 0xFF), std::to_string(f.count >> 8)};
            size_t at = toks.size();
            encode(f.type, toks);
            mark_handed_back(f.name, f.type, toks, at);
            mark_const_target(f.type, toks, at);
        }
        return sig(toks);
    }

    size_t type_sig(const Type & t)
    {
        std::vector<std::string> toks;
        encode(t, toks);
        return sig(toks);
    }

    // ---- ordering ----------------------------------------------------------------------
    static std::vector<int> sorted_by(size_t n, const std::function<std::string(int)> & key)
    {
        std::vector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
        return order;
    }

    static std::vector<int> inverse(const std::vector<int> & order, size_t n)
    {
        std::vector<int> inv(n, -1);
        for(size_t i = 0; i < order.size(); i++) inv[order[i]] = (int)i;
        return inv;
    }

    void order_tables()
    {
        struct_order = sorted_by(m.structs.size(), [&](int i) { return m.structs[i].py_name; });
        struct_new = inverse(struct_order, m.structs.size());
        class_order = sorted_by(m.classes.size(), [&](int i) { return m.classes[i].name; });
        class_new = inverse(class_order, m.classes.size());
        // only the callback types a bound function or a struct field uses get a trampoline
        std::vector<bool> used(m.callbacks.size(), false);
        auto mark = [&](const Type & t) {
            for(const Type * e = &t; e; e = e->elem.get())
                if(e->kind == TK::Callback) used[e->index] = true;
        };
        for(auto & f : m.functions) {
            if(!f.skip_reason.empty()) continue;
            mark(f.ret);
            for(auto & p : f.params) mark(p.type);
        }
        for(auto & st : m.structs)
            for(auto & fd : st.fields) mark(fd.type);
        for(size_t i = 0; i < m.callbacks.size(); i++)
            if(m.callbacks[i].unsupported.empty() && used[i]) cb_order.push_back((int)i);
        cb_new = inverse(cb_order, m.callbacks.size());

        auto bound = [&](int i) { return m.functions[i].skip_reason.empty(); };
        auto add_sorted = [&](std::vector<int> list) {
            std::stable_sort(list.begin(), list.end(),
                             [&](int a, int b) { return m.functions[a].py_name < m.functions[b].py_name; });
            fn_order.insert(fn_order.end(), list.begin(), list.end());
        };
        std::vector<int> mod;
        for(size_t i = 0; i < m.functions.size(); i++)
            if(bound((int)i) && m.functions[i].owner == Owner::Module) mod.push_back((int)i);
        add_sorted(mod);
        module_fn_count = mod.size();
        for(int c : class_order) {
            std::vector<int> list;
            for(size_t i = 0; i < m.functions.size(); i++)
                if(bound((int)i) && m.functions[i].owner == Owner::Class && m.functions[i].owner_index == c)
                    list.push_back((int)i);
            add_sorted(list);
        }
        for(int s : struct_order) {
            std::vector<int> list;
            for(size_t i = 0; i < m.functions.size(); i++)
                if(bound((int)i) && m.functions[i].owner == Owner::Struct && m.functions[i].owner_index == s)
                    list.push_back((int)i);
            add_sorted(list);
        }
        for(size_t i = 0; i < m.functions.size(); i++)
            if(bound((int)i) && m.functions[i].owner == Owner::Constructor) fn_order.push_back((int)i);
        fn_new = inverse(fn_order, m.functions.size());
    }

    std::pair<int, int> method_range(Owner o, int owner)
    {
        int first = -1, count = 0;
        for(size_t i = 0; i < fn_order.size(); i++) {
            const Function & f = m.functions[fn_order[i]];
            if(f.owner == o && f.owner_index == owner) {
                if(first < 0) first = (int)i;
                count++;
            }
        }
        return {first < 0 ? 0 : first, count};
    }

    // ---- ABI ---------------------------------------------------------------------------
    std::string struct_c(int idx) { return m.structs[idx].c_type; }

    std::string abi_ret(const Type & t)
    {
        switch(t.kind) {
            case TK::Void: return "void";
            case TK::Bool: return "bool";
            case TK::I8: return "int8_t";
            case TK::U8: return "uint8_t";
            case TK::I16: return "int16_t";
            case TK::U16: return "uint16_t";
            case TK::I32:
            case TK::U32: return "int32_t";
            case TK::L:
            case TK::UL: return t.abi_c;
            case TK::I64:
            case TK::U64: return "int64_t";
            case TK::F32: return "float";
            case TK::F64: return "double";
            case TK::StructVal: return struct_c(t.index);
            default: return "void *";
        }
    }

    std::string abi_arg(const Type & t)
    {
        switch(t.kind) {
            case TK::Bool:
            case TK::I8:
            case TK::U8:
            case TK::I16:
            case TK::U16:
            case TK::I32:
            case TK::U32: return "int32_t";
            default: return abi_ret(t);
        }
    }

    int caller_for(const Function & f)
    {
        std::string key = abi_ret(f.ret) + "(";
        for(size_t i = 0; i < f.params.size(); i++) key += (i ? "," : "") + abi_arg(f.params[i].type);
        key += ")";
        auto it = caller_at.find(key);
        if(it != caller_at.end()) return it->second;
        int idx = (int)callers.size();
        callers.push_back(key);
        caller_at[key] = idx;
        emit_caller(idx, f);
        return idx;
    }

    void emit_caller(int idx, const Function & f)
    {
        std::string ret = abi_ret(f.ret);
        std::string fnty = ret + " (*)(";
        std::string args;
        for(size_t i = 0; i < f.params.size(); i++) {
            const Type & t = f.params[i].type;
            std::string a = abi_arg(t);
            fnty += (i ? ", " : "") + a;
            std::string w = "a[" + std::to_string(i) + "]";
            args += i ? ", " : "";
            if(t.kind == TK::StructVal) args += "*static_cast<const " + a + " *>(" + w + ".cp)";
            else args += "word_get<" + a + ">(" + w + ")";
        }
        if(f.params.empty()) fnty += "void";
        fnty += ")";
        std::string call = "reinterpret_cast<" + fnty + ">(f)(" + args + ")";
        std::ostringstream & o = callers_src;
        o << "PYVGL_CALLER void c" << idx << "(AnyFn f, const Word * a, Word * r)\n{\n";
        if(f.params.empty()) o << "    (void)a;\n";
        if(f.ret.kind == TK::Void) o << "    (void)r;\n    " << call << ";\n";
        else if(f.ret.kind == TK::StructVal) o << "    *static_cast<" << ret << " *>(r->p) = " << call << ";\n";
        else o << "    word_put<" << ret << ">(r, " << call << ");\n";
        o << "}\n";
    }
    std::ostringstream callers_src;

    // ---- trampolines -----------------------------------------------------------------
    void emit_trampoline(std::ostringstream & o, int new_idx, const Callback & cb)
    {
        std::string ret = cb.ret.c_spelling;
        o << "static " << ret << " t" << new_idx << "(";
        for(size_t i = 0; i < cb.params.size(); i++) o << (i ? ", " : "") << cb.params[i].type.c_spelling << " a" << i;
        if(cb.params.empty()) o << "void";
        o << ")\n{\n";
        size_t n = cb.params.size();
        o << "    Word w[" << (n ? n : 1) << "];\n";
        if(!n) o << "    w[0].u64 = 0;\n";
        for(size_t i = 0; i < n; i++) {
            if(cb.params[i].type.kind == TK::StructVal) o << "    w[" << i << "].cp = &a" << i << ";\n";
            else o << "    word_put(&w[" << i << "], a" << i << ");\n";
        }
        o << "    Word r;\n";
        if(cb.ret.kind == TK::StructVal) {
            o << "    " << ret << " s{};\n    r.p = &s;\n";
            o << "    dispatch_callback(" << module_symbol() << ", " << new_idx << ", w, &r);\n    return s;\n";
        } else {
            o << "    r.u64 = 0;\n";
            o << "    dispatch_callback(" << module_symbol() << ", " << new_idx << ", w, &r);\n";
            if(cb.ret.kind != TK::Void) o << "    return word_get<" << ret << ">(r);\n";
        }
        o << "}\n";
    }

    std::string module_symbol() { return "pyvgl_module_" + m.module; }

    // ---- output ------------------------------------------------------------------------
    static std::string c_string(const std::string & s)
    {
        std::string r = "\"";
        int col = 0;
        for(unsigned char ch : s) {
            if(ch == '\0') {
                r += "\\000";  // three digits: a digit that follows cannot extend the escape
                if(++col >= 8) {
                    r += "\"\n    \"";
                    col = 0;
                }
            } else if(ch == '"' || ch == '\\') {
                r += '\\';
                r += (char)ch;
            } else if(ch < 32 || ch >= 127) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\%03o", ch);
                r += buf;
            } else {
                r += (char)ch;
            }
        }
        return r + "\"";
    }

    std::string header_name() const
    {
        size_t s = m.header.find_last_of('/');
        return s == std::string::npos ? m.header : m.header.substr(s + 1);
    }

    std::string offset_expr(const Struct & s, const Field & f)
    {
        if(f.bit_width) return std::to_string(f.bit_offset / 8);
        if(s.c_path.empty()) return "offsetof(" + s.c_root + ", " + f.name + ")";
        return "offsetof(" + s.c_root + ", " + s.c_path + "." + f.name + ") - offsetof(" + s.c_root + ", " + s.c_path + ")";
    }

    std::string size_expr(const Struct & s)
    {
        if(!s.complete) return "0";
        if(s.c_path.empty()) return "sizeof(" + s.c_root + ")";
        return "sizeof(static_cast<" + s.c_root + " *>(nullptr)->" + s.c_path + ")";
    }

    /** True when the doc comment says the first argument may be NULL (`@param disp ...
     *  NULL to ...`, LVGL's wording): None is then passed even where it is a method's self. */
    static bool first_param_may_be_null(const Function & f)
    {
        if(f.params.empty() || f.params[0].name.empty()) return false;
        std::string tag = "@param " + f.params[0].name;
        size_t at = f.doc.find(tag);
        if(at == std::string::npos || f.doc.compare(at + tag.size(), 1, " ") != 0) return false;
        size_t end = f.doc.find('@', at + tag.size());
        return f.doc.substr(at, end == std::string::npos ? std::string::npos : end - at).find("NULL") != std::string::npos;
    }

    std::string generate()
    {
        order_tables();
        std::ostringstream body;

        // functions
        std::ostringstream fns, ptrs;
        for(size_t i = 0; i < fn_order.size(); i++) {
            const Function & f = m.functions[fn_order[i]];
            int flags = (f.user_data_arg >= 0 ? f.user_data_arg : 0x0F);
            if(holder_via_getter(f)) flags |= 0x80;
            if(f.owner == Owner::Constructor) flags |= 0x10;
            if(f.is_inline) flags |= 0x20;
            if(first_param_may_be_null(f)) flags |= 0x40;
            size_t sg = bound_function_sig(f, caller_for(f), flags);
            fns << "    {" << name(f.py_name) << ", " << sg << "}, // " << f.c_name << "\n";
            ptrs << "    reinterpret_cast<AnyFn>(&" << f.c_name << "),\n";
        }

        // classes
        std::ostringstream classes, class_ptrs;
        std::vector<int> group_order;
        std::vector<std::pair<int, int>> class_groups(m.classes.size(), {0, 0});
        {
            auto groups_of = [&](int owner) {
                std::vector<int> list;
                for(size_t g = 0; g < m.groups.size(); g++)
                    if(m.groups[g].owner_class == owner) list.push_back((int)g);
                std::stable_sort(list.begin(), list.end(),
                                 [&](int a, int b) { return m.groups[a].name < m.groups[b].name; });
                return list;
            };
            std::vector<int> mod = groups_of(-1);
            group_order = mod;
            for(int c : class_order) {
                std::vector<int> list = groups_of(c);
                class_groups[c] = {(int)group_order.size(), (int)list.size()};
                group_order.insert(group_order.end(), list.begin(), list.end());
            }
            module_group_count = mod.size();
        }
        for(int c : class_order) {
            const Class & k = m.classes[c];
            auto r = method_range(Owner::Class, c);
            std::string base = k.base >= 0 ? std::to_string(class_new[k.base]) : "NONE";
            std::string ptr = k.class_extern.empty() ? "nullptr" : "&" + k.class_extern;
            classes << "    {" << name(k.name) << ", " << base << ", " << fn_new[k.create_fn] << ", " << r.first << ", "
                    << r.second << ", " << class_groups[c].first << ", " << class_groups[c].second << "},\n";
            class_ptrs << "    " << ptr << ",\n";
        }

        // structs and fields
        std::ostringstream structs, fields;
        size_t field_count = 0;
        std::map<int, size_t> first_field_of;
        {
            size_t at = 0;
            for(int s : struct_order) {
                first_field_of[s] = at;
                at += m.structs[s].fields.size();
            }
        }
        for(int s : struct_order) {
            const Struct & st = m.structs[s];
            int canonical = st.alias_of >= 0 ? st.alias_of : s;
            const Struct & cst = m.structs[canonical];
            auto r = method_range(Owner::Struct, canonical);
            size_t first_field = first_field_of[canonical];
            for(auto & f : st.fields) {
                fields << "    {" << name(f.name) << ", " << offset_expr(st, f) << ", " << field_sig(f)
                       << "}, // " << st.py_name << "." << f.name << "\n";
                field_count++;
            }
            auto fidx = [&](int i) { return i >= 0 && fn_new[i] >= 0 ? std::to_string(fn_new[i]) : std::string("NONE"); };
            std::string ud = cst.user_data_field >= 0 ? std::to_string(first_field + cst.user_data_field) : "NONE";
            structs << "    {" << name(st.py_name) << ", " << size_expr(cst) << ", " << first_field << ", "
                    << cst.fields.size() << ", " << r.first << ", " << r.second << ", " << ud << ", "
                    << fidx(cst.user_data_get) << ", " << fidx(cst.user_data_set) << "},"
                    << (st.alias_of >= 0 ? " // alias of " + cst.py_name : "") << "\n";
        }

        // callbacks
        std::ostringstream cbs, tramps, tramp_ptrs;
        for(size_t i = 0; i < cb_order.size(); i++) {
            const Callback & cb = m.callbacks[cb_order[i]];
            emit_trampoline(tramps, (int)i, cb);
            size_t sg = function_sig(cb.ret, cb.params);
            int ud = cb.user_data_arg >= 0 ? cb.user_data_arg : cb.global ? 0xFD : by_address(cb) ? 0xFE : 0xFF;
            cbs << "    {" << name(cb.py_name) << ", " << sg << ", " << ud << ", 0},\n";
            tramp_ptrs << "    reinterpret_cast<AnyFn>(&t" << i << "),\n";
        }

        // constant groups
        std::ostringstream groups, ints, strs, str_values, str_at, fits;
        size_t int_count = 0, str_count = 0;
        for(int g : group_order) {
            const Group & gr = m.groups[g];
            std::vector<const Member *> ms;
            for(auto & mb : gr.members) ms.push_back(&mb);
            std::stable_sort(ms.begin(), ms.end(), [](const Member * a, const Member * b) { return a->py_name < b->py_name; });
            size_t first = gr.is_string ? str_count : int_count;
            std::string kind = gr.is_string ? "G_STR" : int_group_kind(ms);
            for(auto * mb : ms) {
                if(gr.is_string) {
                    // the values are concatenated in str_values; enum S<i> is where value i starts
                    strs << "    {" << name(mb->py_name) << ", S" << str_count << "},\n";
                    str_values << "    " << mb->c_expr << " \"\\0\"\n";
                    str_at << "    S" << str_count + 1 << " = S" << str_count << " + sizeof(" << mb->c_expr << "),\n";
                    str_count++;
                } else if(kind == "G_INT16") {
                    ints << "    " << name(mb->py_name) << ", (uint16_t)(" << mb->c_expr << "),\n";
                    fits << "static_assert((long long)(" << mb->c_expr << ") >= -32768 && (long long)(" << mb->c_expr
                         << ") <= 32767, \"" << mb->c_expr << " fits 16 bits on the host\");\n";
                    int_count += 2;
                } else {
                    ints << "    " << name(mb->py_name) << ", (uint16_t)(uint32_t)(" << mb->c_expr
                         << "), (uint16_t)((uint32_t)(" << mb->c_expr << ") >> 16),\n";
                    int_count += 3;
                }
            }
            std::string owner = gr.owner_class >= 0 ? std::to_string(class_new[gr.owner_class]) : "NONE";
            groups << "    {" << name(gr.name) << ", " << owner << ", " << first << ", " << ms.size() << ", " << kind
                   << ", 0},\n";
        }

        // variables
        std::ostringstream vars, var_addrs;
        std::vector<const Variable *> vlist;
        for(auto & v : m.variables) vlist.push_back(&v);
        std::stable_sort(vlist.begin(), vlist.end(), [](const Variable * a, const Variable * b) { return a->py_name < b->py_name; });
        for(auto * v : vlist) {
            vars << "    {" << name(v->py_name) << ", " << type_sig(v->type) << "},\n";
            var_addrs << "    &" << v->c_name << ",\n";
        }

        if(fn_order.size() >= 0xFFFF || m.structs.size() >= 0xFFFF || sig_tokens.size() >= 0xFFFF || int_count >= 0xFFFF ||
           callers.size() > 0xFF) {
            error = "too many entries for the 16-bit table indices";
            return "";
        }

        build_pool();
        if(!error.empty()) return "";
        if(pool.size() > 0xFFFF) {
            error = "the name pool is too large for 16-bit name offsets";
            return "";
        }

        std::ostringstream o;
        o << "// Generated by bindgen from " << header_name() << ": the tables of module '" << m.module
          << "'. Do not edit.\n";
        o << "#include \"" << header_name() << "\"\n";
        o << "#include \"binding/call.h\"\n\n#include <stddef.h>\n\n";
        o << "using namespace pyvgl::binding;\n\n";
        // functions the headers mark deprecated stay reachable, as in C, without a warning
        o << "#pragma GCC diagnostic ignored \"-Wdeprecated-declarations\"\n\n";
        o << "extern const Module " << module_symbol() << ";\n\n";
        o << "#if defined(__clang__)\n#define PYVGL_CALLER static __attribute__((no_sanitize(\"function\")))\n"
             "#else\n#define PYVGL_CALLER static\n#endif\n";
        o << "// type code of a standard integer type whose width depends on the target\n"
             "#define PYVGL_ICODE(T) (sizeof(T) == 8 ? (is_signed_int<T>() ? T_I64 : T_U64) \\\n"
             "                                     : (is_signed_int<T>() ? T_I32 : T_U32))\n\n";
        o << fits.str();
        for(auto & e : m.enum_types_by_value)
            o << "static_assert(sizeof(" << e << ") == 4, \"" << e
              << " must be int-sized (no -fshort-enums)\");\n";
        o << "\nnamespace {\n\n// ---- callers: one per ABI signature\n" << callers_src.str();
        o << "\n// ---- trampolines: one per callback type\n" << tramps.str();
        o << "\nconst uint8_t names[] = {";
        for(size_t i = 0; i < pool.size(); i++) o << (i % 24 ? " " : "\n    ") << (unsigned)(unsigned char)pool[i] << ",";
        o << "\n    0};\n\n";
        o << "const char words[] =\n    " << c_string(words_pool) << ";\n\n";
        o << "const uint16_t word_at[] = {";
        for(size_t i = 0; i < word_offsets.size(); i++) o << (i % 16 ? " " : "\n    ") << word_offsets[i] << ",";
        o << "\n    0};\n\n";
        o << "const uint8_t sigs[] = {\n   ";
        for(size_t i = 0; i < sig_tokens.size(); i++) o << " " << sig_tokens[i] << "," << ((i % 16 == 15) ? "\n   " : "");
        o << "\n    T_VOID};\n\n";
        o << "const Function functions[] = {\n" << fns.str() << "    {0, 0}};\n\n";
        o << "const AnyFn fnptrs[] = {\n" << ptrs.str() << "    nullptr};\n\n";
        o << "const Caller callers[] = {\n";
        for(size_t i = 0; i < callers.size(); i++) o << "    c" << i << ", // " << callers[i] << "\n";
        o << "    nullptr};\n\n";
        o << "const Class classes[] = {\n" << classes.str() << "    {0, 0, 0, 0, 0, 0, 0}};\n\n";
        o << "const void * const class_ptrs[] = {\n" << class_ptrs.str() << "    nullptr};\n\n";
        o << "const Struct structs[] = {\n" << structs.str() << "    {0, 0, 0, 0, 0, 0, 0, 0, 0}};\n\n";
        o << "const Field fields[] = {\n" << fields.str() << "    {0, 0, 0}};\n\n";
        o << "const Callback callbacks[] = {\n" << cbs.str() << "    {0, 0, 0, 0}};\n\n";
        o << "const AnyFn trampolines[] = {\n" << tramp_ptrs.str() << "    nullptr};\n\n";
        o << "const EnumGroup groups[] = {\n" << groups.str() << "    {0, 0, 0, 0, 0, 0}};\n\n";
        o << "const uint16_t int_members[] = {\n" << ints.str() << "    0};\n\n";
        o << "enum : uint16_t {\n    S0 = 0,\n" << str_at.str() << "};\n\n";
        o << "const char str_values[] =\n" << str_values.str() << "    \"\";\n\n";
        o << "const StrConst str_members[] = {\n" << strs.str() << "    {0, 0}};\n\n";
        o << "const Variable variables[] = {\n" << vars.str() << "    {0, 0}};\n\n";
        o << "const void * const variable_addrs[] = {\n" << var_addrs.str() << "    nullptr};\n\n";
        o << "} // namespace\n\n";
        std::string root = m.root_class >= 0 ? std::to_string(class_new[m.root_class]) : "NONE";
        o << "extern const Module " << module_symbol() << " = {\n    \"" << m.module
          << "\", names, words, word_at, sigs, functions, fnptrs, callers, classes, class_ptrs, structs, fields,\n"
          << "    callbacks, trampolines, groups, int_members, str_members, str_values, variables, variable_addrs,\n    " << fn_order.size() << ", 0, " << module_fn_count << ", "
          << callers.size() << ", " << m.classes.size() << ", " << m.structs.size() << ", " << field_count << ", "
          << cb_order.size() << ", " << group_order.size() << ", 0, " << module_group_count << ", " << int_count
          << ", " << str_count << ", " << root << ", " << vlist.size() << ", " << short_words << "};\n";
        return resolve_names(o.str());
    }

    size_t module_group_count = 0;
    std::string error;

    /** The callback's holder is found by its first argument's address (a struct without
     *  user_data: Callback::user_data_arg CB_BY_ADDRESS). */
    bool by_address(const Callback & cb) const
    {
        if(cb.via_struct < 0) return false;
        const Struct & s = m.structs[cb.via_struct];
        return s.user_data_field < 0 && s.user_data_get < 0;
    }

    /** F_HOLDER_VIA_GETTER: a registration on an object whose callback's struct comes from a
     *  getter of the object (lv_animimg_set_start_cb -> lv_animimg_get_anim). */
    bool holder_via_getter(const Function & f) const
    {
        if(f.user_data_arg >= 0 || f.params.empty() || f.params[0].type.kind != TK::Obj) return false;
        for(auto & p : f.params)
            if(p.type.kind == TK::Callback && m.callbacks[p.type.index].via_struct >= 0 &&
               struct_getter_of(m, f, m.callbacks[p.type.index].via_struct) >= 0)
                return true;
        return false;
    }

    /** Record kind of an integer group (tables.h, GroupKind): 16-bit when every host value
     *  fits (the tables assert it for the target), else 32-bit, unsigned when a member is
     *  above INT32_MAX. */
    std::string int_group_kind(const std::vector<const Member *> & ms)
    {
        bool narrow = true, is_unsigned = false, negative = false;
        for(auto * mb : ms) {
            if(mb->value < -32768 || mb->value > 32767) narrow = false;
            if(mb->is_unsigned) is_unsigned = true;
            if(mb->value < 0) negative = true;
        }
        if(is_unsigned && negative) error = "a constant group mixes negative values and values above INT32_MAX";
        if(is_unsigned) return "G_UINT32";
        return narrow ? "G_INT16" : "G_INT32";
    }
};

} // namespace

bool emit_tables(const Model & model, const std::string & path)
{
    Emitter e(model);
    std::string src = e.generate();
    if(!e.error.empty()) {
        fprintf(stderr, "bindgen: %s\n", e.error.c_str());
        return false;
    }
    std::ofstream f(path);
    f << src;
    return static_cast<bool>(f);
}

} // namespace bindgen
