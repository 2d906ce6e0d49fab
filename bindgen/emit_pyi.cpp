/**
 * @file emit_pyi.cpp
 * Writes <module>.pyi: the Python view of the module, with the headers' doc comments as
 * docstrings, for editors and type checkers.
 */
#include "model.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace bindgen {

namespace {

bool is_keyword(const std::string & s)
{
    static const std::set<std::string> kw = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    return kw.count(s) != 0;
}

struct Pyi {
    const Model & m;
    std::ostringstream o;

    explicit Pyi(const Model & model) : m(model) {}

    std::string root() const { return m.root_class >= 0 ? m.classes[m.root_class].name : "Any"; }

    std::string py_type(const Type & t, bool param)
    {
        switch(t.kind) {
            case TK::Void: return "None";
            case TK::Bool: return "bool";
            case TK::F32:
            case TK::F64: return "float";
            case TK::Str: return param ? "Optional[str]" : "str";
            // a returned object is of its actual class at run time (get_child(0).set_text())
            case TK::Obj: return param ? "Optional[" + root() + "]" : "Any";
            case TK::StructPtr:
                return param ? "Union[" + m.structs[t.index].py_name + ", Dict[str, Any], List[Any], None]" : m.structs[t.index].py_name;
            case TK::StructVal: return param ? "Union[" + m.structs[t.index].py_name + ", Dict[str, Any]]" : m.structs[t.index].py_name;
            case TK::Callback: return "Optional[Callable[..., Any]]";
            case TK::Ptr:
            case TK::Array:
            case TK::Unsupported: return "Any";
            default: return "int";
        }
    }

    static std::string docstring(const std::string & doc, const std::string & indent)
    {
        if(doc.empty()) return "";
        std::string d;
        for(char c : doc) {
            if(c == '\\') d += "\\\\";
            else if(c == '"') d += "\\\"";
            else if(c == '\n') d += "\n" + indent;
            else d += c;
        }
        return indent + "\"\"\"" + d + "\"\"\"\n";
    }

    void function(const Function & f, const std::string & indent, bool method)
    {
        if(is_keyword(f.py_name)) {
            o << indent << "# " << f.py_name << "(): a Python keyword, reachable with getattr()\n";
            return;
        }
        o << indent << "def " << f.py_name << "(";
        size_t first = 0;
        if(method) {
            o << "self";
            first = 1;
        }
        std::set<std::string> used;
        for(size_t i = first; i < f.params.size(); i++) {
            std::string n = f.params[i].name;
            if(n.empty() || is_keyword(n) || used.count(n)) n = "arg" + std::to_string(i);
            used.insert(n);
            o << ((method || i > first) ? ", " : "") << n << ": " << py_type(f.params[i].type, true);
        }
        o << ") -> " << py_type(f.ret, false) << ":\n";
        std::string d = docstring(f.doc, indent + "    ");
        o << (d.empty() ? indent + "    ...\n" : d);
    }

    std::vector<const Function *> owned(Owner owner, int index)
    {
        std::vector<const Function *> list;
        for(auto & f : m.functions)
            if(f.skip_reason.empty() && f.owner == owner && f.owner_index == index) list.push_back(&f);
        std::sort(list.begin(), list.end(), [](const Function * a, const Function * b) { return a->py_name < b->py_name; });
        return list;
    }

    void group(const Group & g, const std::string & indent)
    {
        o << indent << "class " << g.name << ":\n";
        for(auto & mb : g.members) o << indent << "    " << mb.py_name << ": " << (g.is_string ? "str" : "int") << "\n";
        if(g.members.empty()) o << indent << "    ...\n";
    }

    void cls(int ci)
    {
        const Class & c = m.classes[ci];
        o << "class " << c.name;
        if(c.base >= 0) o << "(" << m.classes[c.base].name << ")";
        o << ":\n";
        o << docstring(c.doc, "    ");
        for(auto & g : m.groups)
            if(g.owner_class == ci) group(g, "    ");
        const Function & ctor = m.functions[c.create_fn];
        std::string parent = ctor.params[0].name.empty() || is_keyword(ctor.params[0].name) ? "parent" : ctor.params[0].name;
        o << "    def __init__(self, " << parent << ": Optional[" << root() << "]"
          << (ctor.params.size() == 1 ? " = None" : "");
        for(size_t i = 1; i < ctor.params.size(); i++)
            o << ", " << (ctor.params[i].name.empty() || is_keyword(ctor.params[i].name) ? "arg" + std::to_string(i) : ctor.params[i].name)
              << ": " << py_type(ctor.params[i].type, true);
        o << ") -> None: ...\n";
        bool has_remove = false, has_remove_with_user_data = false;
        for(auto * f : owned(Owner::Class, ci)) {
            function(*f, "    ", true);
            has_remove |= f->py_name == "remove_event_cb";
            has_remove_with_user_data |= f->py_name == "remove_event_cb_with_user_data";
        }
        if(ci == m.root_class && has_remove_with_user_data && !has_remove)
            o << "    def remove_event_cb(self, cb: Callable[..., Any]) -> bool:\n"
                 "        \"\"\"Removes the registrations of the callable `cb` (provided by the runtime).\"\"\"\n";
        if(ci == m.root_class)
            o << "    @classmethod\n    def __cast__(cls, ptr: Any) -> Any:\n"
                 "        \"\"\"The live object at a pointer (a Blob, an address or an object).\"\"\"\n";
        o << "\n";
    }

    void strct(int si)
    {
        const Struct & s = m.structs[si];
        o << "class " << s.py_name << ":\n";
        o << docstring(s.doc, "    ");
        std::set<std::string> method_names;
        for(auto * f : owned(Owner::Struct, si)) method_names.insert(f->py_name);
        for(auto & f : s.fields) {
            if(is_keyword(f.name) || method_names.count(f.name)) continue;  // the method wins
            std::string t = py_type(f.type, false);
            if(f.count) t = f.type.kind == TK::I8 || f.type.kind == TK::U8 ? "bytes" : "List[Any]";
            o << "    " << f.name << ": " << t << "\n";
        }
        o << "    def __init__(self, init: Optional[Union[" << s.py_name << ", Dict[str, Any]]] = None) -> None: ...\n";
        o << "    @staticmethod\n    def __cast__(ptr: Any) -> " << s.py_name << ": ...\n";
        o << "    @staticmethod\n    def __cast_instance__(obj: Any) -> " << s.py_name << ": ...\n";
        for(auto * f : owned(Owner::Struct, si)) function(*f, "    ", true);
        o << "\n";
    }

    std::string generate()
    {
        o << "# Generated by bindgen from " << m.header << ": the Python API of module '" << m.module
          << "'. Do not edit.\n";
        // typing's List/Dict: the module may define classes named list or dict (lv.list)
        o << "from typing import Any, Callable, Dict, List, Optional, Union\n\n";
        o << "class LvReferenceError(Exception): ...\n\n";
        // the binding runtime's own types (binding/runtime/blob.cpp)
        o << "class Blob:\n"
             "    \"\"\"A `void *`: int() is its address.\"\"\"\n"
             "    def __dereference__(self, size: int) -> memoryview: ...\n"
             "    def cast(self, type: Any = None) -> Any: ...\n"
             "    def __cast__(self, type: Any = None) -> Any: ...\n"
             "    def __int__(self) -> int: ...\n\n";
        o << "class C_Pointer:\n"
             "    \"\"\"A pointer-sized union for C out-arguments (pass it where a pointer is expected).\"\"\"\n"
             "    ptr_val: Optional[Blob]\n    str_val: Optional[str]\n    int_val: int\n    uint_val: int\n"
             "    short_val: int\n    ushort_val: int\n    char_val: int\n    uchar_val: int\n"
             "    float_val: float\n    long_val: int\n\n";
        // base classes first so the file reads top-down
        if(m.root_class >= 0) cls(m.root_class);
        for(size_t i = 0; i < m.classes.size(); i++)
            if((int)i != m.root_class) cls((int)i);
        for(size_t i = 0; i < m.structs.size(); i++)
            if(m.structs[i].alias_of < 0) strct((int)i);
        for(auto & s : m.structs)
            if(s.alias_of >= 0) o << s.py_name << " = " << m.structs[s.alias_of].py_name << "\n";
        std::set<std::string> flat;
        for(auto & g : m.groups) {
            if(g.owner_class >= 0) continue;
            if(g.name.empty() || g.name == "$") {
                for(auto & mb : g.members)
                    if(flat.insert(mb.py_name).second) o << mb.py_name << ": " << (g.is_string ? "str" : "int") << "\n";
                continue;
            }
            group(g, "");
            // the flat spelling (ANIM_REPEAT_INFINITE for ANIM.REPEAT_INFINITE) works too
            for(auto & mb : g.members) {
                std::string n = g.name + "_" + mb.py_name;
                if(mb.py_name[0] == '_') continue;
                if(flat.insert(n).second) o << n << ": " << (g.is_string ? "str" : "int") << "\n";
            }
        }
        for(auto & v : m.variables) o << v.py_name << ": " << m.structs[v.type.index].py_name << "\n";
        bool has_init = false;
        for(auto * f : owned(Owner::Module, -1)) has_init |= f->py_name == "init";
        if(!has_init) o << "\ndef init() -> None: ...\n";
        o << "\n";
        for(auto * f : owned(Owner::Module, -1)) function(*f, "", false);
        return o.str();
    }
};

} // namespace

bool emit_pyi(const Model & model, const std::string & path)
{
    Pyi p(model);
    std::string text = p.generate();
    std::ofstream f(path);
    f << text;
    return static_cast<bool>(f);
}

} // namespace bindgen
