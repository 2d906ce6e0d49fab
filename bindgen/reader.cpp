/**
 * @file reader.cpp
 * Reads a header set with libclang into the model: functions, records, callbacks, enums,
 * object-like macros (evaluated by a second, generated translation unit).
 */
#include "model.h"

#include <clang-c/Index.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

namespace bindgen {

namespace {

std::string str(CXString s)
{
    const char * c = clang_getCString(s);
    std::string r = c ? c : "";
    clang_disposeString(s);
    return r;
}

std::string spelling(CXCursor c) { return str(clang_getCursorSpelling(c)); }
/** A C type as C++ code can spell it (the generated tables are C++). */
std::string type_spelling(CXType t)
{
    std::string s = str(clang_getTypeSpelling(t));
    for(size_t at = s.find("_Bool"); at != std::string::npos; at = s.find("_Bool", at)) s.replace(at, 5, "bool");
    return s;
}

bool in_system_header(CXCursor c)
{
    return clang_Location_isInSystemHeader(clang_getCursorLocation(c)) != 0;
}

std::string file_of(CXCursor c)
{
    CXFile file = nullptr;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, nullptr, nullptr, nullptr);
    return file ? str(clang_getFileName(file)) : "";
}

bool starts_with(const std::string & s, const std::string & p) { return s.compare(0, p.size(), p) == 0; }
bool ends_with(const std::string & s, const std::string & p)
{
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

/** Strips comment markers from a raw doc comment, keeping the text lines. */
std::string clean_doc(const std::string & raw)
{
    std::string out, line;
    auto flush = [&]() {
        size_t b = line.find_first_not_of(" \t");
        if(b == std::string::npos) line.clear();
        else line = line.substr(b);
        if(starts_with(line, "/**<")) line = line.substr(4);
        else if(starts_with(line, "/**") || starts_with(line, "///<")) line = line.substr(3 + (line[3] == '<'));
        else if(starts_with(line, "///") || starts_with(line, "/*!")) line = line.substr(3);
        else if(starts_with(line, "*/")) line.clear();
        else if(starts_with(line, "*")) line = line.substr(1);
        if(ends_with(line, "*/")) line.resize(line.size() - 2);
        size_t a = line.find_first_not_of(" \t");
        size_t z = line.find_last_not_of(" \t");
        line = a == std::string::npos ? "" : line.substr(a, z - a + 1);
        if(!line.empty() || (!out.empty() && out.back() != '\n')) out += line + "\n";
        line.clear();
    };
    for(char ch : raw) {
        if(ch == '\n') flush();
        else line += ch;
    }
    flush();
    while(!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

std::string doc_of(CXCursor c) { return clean_doc(str(clang_Cursor_getRawCommentText(c))); }

struct Reader {
    const Options & opt;
    Model & m;
    CXIndex index = nullptr;
    CXTranslationUnit tu = nullptr;
    std::string fn_prefix;                                  // lv_
    std::unordered_map<std::string, std::string> typedef_of_record;  // record USR -> typedef name
    std::unordered_map<std::string, int> struct_by_usr;
    std::unordered_map<std::string, int> callback_by_name;
    std::set<std::string> enum_types_seen;
    std::vector<CXCursor> function_cursors;
    std::vector<CXCursor> macro_cursors;
    std::vector<CXCursor> var_cursors;
    std::vector<std::pair<std::string, CXCursor>> record_typedefs;
    std::set<std::string> var_names;
    std::set<std::string> seen_functions;
    int enum_counter = 0;

    Reader(const Options & o, Model & model) : opt(o), m(model) { fn_prefix = o.prefix + "_"; }

    ~Reader()
    {
        if(tu) clang_disposeTranslationUnit(tu);
        if(index) clang_disposeIndex(index);
    }

    std::vector<std::string> clang_args() const
    {
        std::vector<std::string> a = {"-x", "c", "-std=gnu11", "-DPYVGL_BINDGEN=1"};
        for(auto & s : opt.clang_args) a.push_back(s);
        return a;
    }

    bool parse()
    {
        index = clang_createIndex(0, 0);
        std::vector<std::string> args = clang_args();
        std::vector<const char *> argv;
        for(auto & s : args) argv.push_back(s.c_str());
        unsigned flags = CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_SkipFunctionBodies;
        CXErrorCode err = clang_parseTranslationUnit2(index, opt.header.c_str(), argv.data(), (int)argv.size(),
                                                      nullptr, 0, flags, &tu);
        if(err != CXError_Success || !tu) {
            fprintf(stderr, "bindgen: cannot parse %s (libclang error %d)\n", opt.header.c_str(), (int)err);
            return false;
        }
        for(unsigned i = 0, n = clang_getNumDiagnostics(tu); i < n; i++) {
            CXDiagnostic d = clang_getDiagnostic(tu, i);
            CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
            if(sev >= CXDiagnostic_Error) {
                fprintf(stderr, "bindgen: %s\n",
                        str(clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions())).c_str());
                m.parse_errors++;
            }
            clang_disposeDiagnostic(d);
        }
        collect_dependencies();
        if(m.parse_errors && !opt.strict) {
            // a header set of someone else's (a newer release, a missing optional include):
            // bind what libclang could read; the report says how many errors there were
            fprintf(stderr, "bindgen: warning: %u error(s) in the headers; binding what they declare\n",
                    m.parse_errors);
        }
        return m.parse_errors == 0 || !opt.strict;
    }

    void collect_dependencies()
    {
        clang_getInclusions(
            tu,
            [](CXFile file, CXSourceLocation *, unsigned, CXClientData data) {
                auto * deps = static_cast<std::vector<std::string> *>(data);
                deps->push_back(str(clang_getFileName(file)));
            },
            &m.dependencies);
    }

    // ---- pass 1: top-level declarations -------------------------------------------
    void collect()
    {
        clang_visitChildren(
            clang_getTranslationUnitCursor(tu),
            [](CXCursor c, CXCursor, CXClientData data) {
                static_cast<Reader *>(data)->visit_top(c);
                return CXChildVisit_Continue;
            },
            this);
    }

    void visit_top(CXCursor c)
    {
        if(in_system_header(c)) return;
        switch(clang_getCursorKind(c)) {
            case CXCursor_TypedefDecl: note_typedef(c); break;
            case CXCursor_FunctionDecl: function_cursors.push_back(c); break;
            case CXCursor_EnumDecl: read_enum(c); break;
            case CXCursor_VarDecl:
                var_names.insert(spelling(c));
                var_cursors.push_back(c);
                break;
            case CXCursor_MacroDefinition: macro_cursors.push_back(c); break;
            default: break;
        }
    }

    void note_typedef(CXCursor c)
    {
        std::string name = spelling(c);
        CXType under = clang_getCanonicalType(clang_getTypedefDeclUnderlyingType(c));
        if(under.kind == CXType_Record) {
            std::string usr = str(clang_getCursorUSR(clang_getTypeDeclaration(under)));
            auto it = typedef_of_record.find(usr);
            if(it == typedef_of_record.end() || (!starts_with(it->second, fn_prefix) && starts_with(name, fn_prefix)))
                typedef_of_record[usr] = name;
            record_typedefs.push_back({name, clang_getTypeDeclaration(under)});
        }
        if(under.kind == CXType_Enum) read_enum(clang_getTypeDeclaration(under));
    }

    void read_enum(CXCursor decl)
    {
        decl = clang_getCanonicalCursor(decl);
        std::string usr = str(clang_getCursorUSR(decl));
        if(!enum_types_seen.insert(usr).second) return;
        int id = enum_counter++;
        bool is_unsigned = false;
        CXType it = clang_getCanonicalType(clang_getEnumDeclIntegerType(decl));
        if(it.kind == CXType_UInt || it.kind == CXType_ULong || it.kind == CXType_ULongLong) is_unsigned = true;
        struct Ctx { Reader * r; int id; bool u; } ctx{this, id, is_unsigned};
        clang_visitChildren(
            clang_getCursorDefinition(decl).kind == CXCursor_InvalidFile ? decl : clang_getCursorDefinition(decl),
            [](CXCursor c, CXCursor, CXClientData data) {
                auto * x = static_cast<Ctx *>(data);
                if(clang_getCursorKind(c) != CXCursor_EnumConstantDecl) return CXChildVisit_Continue;
                Constant k;
                k.c_name = spelling(c);
                k.enum_id = x->id;
                if(x->u) {
                    k.value = (long long)clang_getEnumConstantDeclUnsignedValue(c);
                    k.is_unsigned = k.value > 0x7FFFFFFF;
                } else {
                    k.value = clang_getEnumConstantDeclValue(c);
                }
                x->r->m.constants.push_back(k);
                return CXChildVisit_Continue;
            },
            &ctx);
    }

    // ---- types ---------------------------------------------------------------------
    static Type simple(TK k, CXType t)
    {
        Type r;
        r.kind = k;
        r.c_spelling = type_spelling(t);
        if(k == TK::L || k == TK::UL) r.abi_c = standard_int_name(t);
        return r;
    }

    /** `long` is 64 bits on the host and 32 on Cortex-M: name the type through the standard
     *  typedef the header used (int64_t stays 64 bits, size_t follows the target). */
    static std::string standard_int_name(CXType t)
    {
        static const std::set<std::string> names = {"int64_t", "uint64_t", "size_t", "ssize_t", "intptr_t",
                                                    "uintptr_t", "ptrdiff_t", "intmax_t", "uintmax_t"};
        for(int depth = 0; depth < 32; depth++) {
            if(t.kind == CXType_Elaborated) t = clang_Type_getNamedType(t);
            if(t.kind != CXType_Typedef) break;
            CXCursor d = clang_getTypeDeclaration(t);
            std::string n = spelling(d);
            if(names.count(n)) return n;
            t = clang_getTypedefDeclUnderlyingType(d);
        }
        return type_spelling(clang_getCanonicalType(t));
    }

    static Type unsupported(CXType t, const std::string & why)
    {
        Type r;
        r.kind = TK::Unsupported;
        r.c_spelling = type_spelling(t);
        r.why = why;
        return r;
    }

    /** Integer kinds; returns Unsupported for anything else. */
    static TK int_kind(CXTypeKind k)
    {
        switch(k) {
            case CXType_Bool: return TK::Bool;
            case CXType_Char_S:
            case CXType_SChar: return TK::I8;
            case CXType_Char_U:
            case CXType_UChar: return TK::U8;
            case CXType_Short: return TK::I16;
            case CXType_UShort: return TK::U16;
            case CXType_Int: return TK::I32;
            case CXType_UInt: return TK::U32;
            case CXType_Long: return TK::L;
            case CXType_ULong: return TK::UL;
            case CXType_LongLong: return TK::I64;
            case CXType_ULongLong: return TK::U64;
            case CXType_Float: return TK::F32;
            case CXType_Double: return TK::F64;
            default: return TK::Unsupported;
        }
    }

    std::string record_name(CXCursor decl)
    {
        std::string usr = str(clang_getCursorUSR(clang_getCanonicalCursor(decl)));
        auto it = typedef_of_record.find(usr);
        if(it != typedef_of_record.end()) return it->second;
        return "";
    }

    bool is_obj_record(CXCursor decl)
    {
        return !m.obj_type.empty() && record_name(decl) == m.obj_type;
    }

    /** Struct index for a record, creating the entry (and reading its fields) on first use. */
    int struct_index(CXCursor decl)
    {
        decl = clang_getCanonicalCursor(decl);
        std::string usr = str(clang_getCursorUSR(decl));
        auto it = struct_by_usr.find(usr);
        if(it != struct_by_usr.end()) return it->second;
        std::string tname = record_name(decl);
        std::string tag = spelling(decl);
        bool is_union = clang_getCursorKind(decl) == CXCursor_UnionDecl;
        if(tname.empty() && (tag.empty() || clang_Cursor_isAnonymous(decl))) return -1;
        if(file_of(decl).empty()) return -1;  // a compiler builtin such as __va_list_tag
        Struct s;
        s.c_type = !tname.empty() ? tname : (is_union ? "union " : "struct ") + tag;
        s.c_root = s.c_type;
        std::string base = !tname.empty() ? tname : tag;
        while(!base.empty() && base[0] == '_') base.erase(0, 1);
        s.py_name = strip_prefix(base, opt.prefix);
        if(!ends_with(s.py_name, "_t")) s.py_name += "_t";
        std::string stem = s.py_name.substr(0, s.py_name.size() - 2);
        s.method_prefix = fn_prefix + stem + "_";
        int idx = (int)m.structs.size();
        struct_by_usr[usr] = idx;
        m.structs.push_back(s);
        CXCursor def = clang_getCursorDefinition(decl);
        if(!clang_Cursor_isNull(def) && clang_getCursorKind(def) != CXCursor_InvalidFile) {
            m.structs[idx].doc = doc_of(def);
            m.structs[idx].complete = true;
            read_fields(idx, def, 0);
        }
        return idx;
    }

    /** Fields of record `def` into struct `idx`; anonymous members are flattened. */
    void read_fields(int idx, CXCursor def, long long base_bits)
    {
        std::vector<CXCursor> fields;
        clang_visitChildren(
            def,
            [](CXCursor c, CXCursor, CXClientData data) {
                if(clang_getCursorKind(c) == CXCursor_FieldDecl) static_cast<std::vector<CXCursor> *>(data)->push_back(c);
                return CXChildVisit_Continue;
            },
            &fields);
        for(CXCursor f : fields) {
            std::string name = spelling(f);
            CXType t = clang_getCursorType(f);
            CXType ct = clang_getCanonicalType(t);
            long long off = clang_Cursor_getOffsetOfField(f);
            if(ct.kind == CXType_Record && clang_Cursor_isAnonymousRecordDecl(clang_getTypeDeclaration(ct))) {
                read_fields(idx, clang_getTypeDeclaration(ct), base_bits + (off > 0 ? off : 0));
                continue;
            }
            Field fd;
            fd.name = name;
            if(clang_Cursor_isBitField(f)) {
                fd.bit_width = clang_getFieldDeclBitWidth(f);
                fd.bit_offset = base_bits + off;
            }
            if(ct.kind == CXType_ConstantArray) {
                fd.count = (int)clang_getArraySize(ct);
                CXType et = clang_getArrayElementType(t);
                if(clang_getCanonicalType(et).kind == CXType_ConstantArray) continue;  // multi-dimensional
                fd.type = field_type(et, idx, name);
            } else if(ct.kind == CXType_Record && record_name(clang_getTypeDeclaration(ct)).empty() &&
                      !clang_Cursor_isAnonymousRecordDecl(clang_getTypeDeclaration(ct))) {
                fd.type = field_type(t, idx, name);
            } else if(ct.kind == CXType_Record && record_name(clang_getTypeDeclaration(ct)).empty()) {
                fd.type = nested_anonymous(idx, name, clang_getTypeDeclaration(ct));
            } else {
                fd.type = field_type(t, idx, name, f);
            }
            if(fd.type.kind == TK::Unsupported) continue;
            if(name == "user_data" && fd.type.kind == TK::Ptr && fd.count == 0) m.structs[idx].user_data_field = (int)m.structs[idx].fields.size();
            m.structs[idx].fields.push_back(fd);
        }
    }

    Type field_type(CXType t, int owner, const std::string & field, CXCursor decl = clang_getNullCursor())
    {
        CXType ct = clang_getCanonicalType(t);
        if(ct.kind == CXType_Record) {
            CXCursor d = clang_getTypeDeclaration(ct);
            if(clang_Cursor_isAnonymousRecordDecl(d) || record_name(d).empty())
                return nested_anonymous(owner, field, d);
        }
        return classify_type(t, false, owner, decl);
    }

    /** A named field whose type is an unnamed struct: a synthetic struct type. */
    Type nested_anonymous(int owner, const std::string & field, CXCursor decl)
    {
        std::string usr = str(clang_getCursorUSR(clang_getCanonicalCursor(decl)));
        Type r;
        r.kind = TK::StructVal;
        auto it = struct_by_usr.find(usr);
        if(it != struct_by_usr.end()) {
            r.index = it->second;
            return r;
        }
        Struct s;
        const Struct & parent = m.structs[owner];
        std::string stem = parent.py_name.substr(0, parent.py_name.size() - 2);
        s.py_name = stem + "_" + field + "_t";
        s.c_root = parent.c_root;
        s.c_path = parent.c_path.empty() ? field : parent.c_path + "." + field;
        s.method_prefix = "";
        s.complete = true;
        int idx = (int)m.structs.size();
        struct_by_usr[usr] = idx;
        m.structs.push_back(s);
        read_fields(idx, clang_getCursorDefinition(decl), 0);
        r.index = idx;
        r.c_spelling = "struct " + field;
        return r;
    }

    /** The binding type of a C type. `param` allows callbacks and writable char buffers. */
    Type classify_type(CXType t, bool param, int owner_struct = -1, CXCursor field = clang_getNullCursor())
    {
        if(type_spelling(t).find("va_list") != std::string::npos) return unsupported(t, "va_list argument");
        CXType ct = clang_getCanonicalType(t);
        TK ik = int_kind(ct.kind);
        if(ik != TK::Unsupported) return simple(ik, t);
        switch(ct.kind) {
            case CXType_Void: return simple(TK::Void, t);
            case CXType_Enum: {
                CXType it = clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(ct)));
                Type r = simple(int_kind(it.kind), t);
                if(r.kind == TK::Unsupported) return unsupported(t, "enum of unsupported width");
                r.enum_c = type_spelling(t);
                return r;
            }
            case CXType_Record: {
                CXCursor d = clang_getTypeDeclaration(ct);
                if(clang_Cursor_isNull(clang_getCursorDefinition(d)) ||
                   clang_getCursorKind(clang_getCursorDefinition(d)) == CXCursor_InvalidFile)
                    return unsupported(t, "opaque struct " + type_spelling(t) + " passed by value");
                int si = struct_index(d);
                if(si < 0) return unsupported(t, "unnamed struct passed by value");
                Type r = simple(TK::StructVal, t);
                r.index = si;
                return r;
            }
            case CXType_Pointer: return classify_pointer(t, ct, param, owner_struct, field);
            case CXType_IncompleteArray:
            case CXType_ConstantArray:
            case CXType_VariableArray:
                if(param) return classify_array_param(t, ct);
                return unsupported(t, "array type " + type_spelling(t));
            case CXType_LongDouble: return unsupported(t, "long double");
            default: return unsupported(t, "unsupported type " + type_spelling(t));
        }
    }

    Type classify_pointer(CXType t, CXType ct, bool param, int owner_struct, CXCursor field)
    {
        CXType pt = clang_getPointeeType(ct);
        CXType pct = clang_getCanonicalType(pt);
        bool is_const = clang_isConstQualifiedType(pct) != 0;
        switch(pct.kind) {
            case CXType_Char_S:
            case CXType_Char_U:
                if(is_const || !param) return simple(TK::Str, t);
                break;
            /* signed/unsigned char (int8_t, uint8_t) point to bytes, not text: an array, so
             * bytes, bytearray or a list of ints fit (image data, pixel buffers) */
            case CXType_Void: return simple(TK::Ptr, t);
            case CXType_Record: {
                CXCursor d = clang_getTypeDeclaration(pct);
                if(is_obj_record(d)) return simple(TK::Obj, t);
                int si = struct_index(d);
                if(si < 0) return simple(TK::Ptr, t);
                Type r = simple(TK::StructPtr, t);
                r.index = si;
                return r;
            }
            case CXType_FunctionProto:
            case CXType_FunctionNoProto: {
                int cb = callback_index(t, pct, owner_struct, field);
                if(cb < 0 || !m.callbacks[cb].unsupported.empty() || (!param && owner_struct < 0)) {
                    if(param) {
                        Type r = unsupported(t, cb >= 0 ? m.callbacks[cb].unsupported : "unnamed function pointer");
                        return r;
                    }
                    return simple(TK::Ptr, t);
                }
                Type r = simple(TK::Callback, t);
                r.index = cb;
                return r;
            }
            case CXType_Pointer: {
                CXType ppt = clang_getCanonicalType(clang_getPointeeType(pct));
                Type r = simple(TK::Array, t);
                if(ppt.kind == CXType_Char_S || ppt.kind == CXType_Char_U) {
                    r.elem = std::make_shared<Type>(simple(TK::Str, pct));
                    return r;
                }
                if(ppt.kind == CXType_Record && is_obj_record(clang_getTypeDeclaration(ppt))) {
                    r.elem = std::make_shared<Type>(simple(TK::Obj, pct));
                    return r;
                }
                return simple(TK::Ptr, t);
            }
            default: break;
        }
        CXType base = pct.kind == CXType_Enum
                          ? clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(pct)))
                          : pct;
        TK ek = int_kind(base.kind);
        if(ek == TK::Unsupported) return simple(TK::Ptr, t);
        Type r = simple(TK::Array, t);
        r.elem = std::make_shared<Type>(simple(ek, pt));
        return r;
    }

    /** `const int32_t values[]` as a parameter: a pointer to its elements. */
    Type classify_array_param(CXType t, CXType ct)
    {
        CXType et = clang_getCanonicalType(clang_getArrayElementType(ct));
        if(et.kind == CXType_Enum) et = clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(et)));
        if(et.kind == CXType_Record) {
            CXCursor d = clang_getTypeDeclaration(et);
            if(is_obj_record(d)) return unsupported(t, "array of objects by value");
            int si = struct_index(d);
            if(si < 0) return simple(TK::Ptr, t);
            Type r = simple(TK::StructPtr, t);
            r.index = si;
            return r;
        }
        if(et.kind == CXType_Pointer) {
            CXType pt = clang_getCanonicalType(clang_getPointeeType(et));
            Type r = simple(TK::Array, t);
            if(pt.kind == CXType_Char_S || pt.kind == CXType_Char_U) r.elem = std::make_shared<Type>(simple(TK::Str, et));
            else if(pt.kind == CXType_Record && is_obj_record(clang_getTypeDeclaration(pt)))
                r.elem = std::make_shared<Type>(simple(TK::Obj, et));
            /* image sources (`const void * dsc[]`), `lv_subject_t * list[]`: each element is
             * converted like a `void *` argument (a struct gives its address) */
            else if(pt.kind == CXType_Void || pt.kind == CXType_Record) r.elem = std::make_shared<Type>(simple(TK::Ptr, et));
            else return simple(TK::Ptr, t);
            return r;
        }
        TK ek = int_kind(et.kind);
        if(ek == TK::Unsupported) return simple(TK::Ptr, t);
        Type r = simple(TK::Array, t);
        r.elem = std::make_shared<Type>(simple(ek, et));
        return r;
    }

    /** Callback entry for a function pointer type, keyed by its typedef name; a struct field
     *  declared with an unnamed function pointer type (LVGL: lv_fs_drv_t's open_cb...) gets
     *  one named <struct>_<field>. */
    int callback_index(CXType t, CXType proto, int owner_struct, CXCursor field)
    {
        std::string key;
        CXCursor tdecl = clang_getNullCursor();
        if(t.kind == CXType_Typedef || t.kind == CXType_Elaborated) {
            tdecl = clang_getTypeDeclaration(t);
            key = spelling(tdecl);
        } else if(owner_struct >= 0 && !clang_Cursor_isNull(field)) {
            tdecl = field;
            key = m.structs[owner_struct].c_root + "_" + spelling(field);
        }
        if(key.empty()) return -1;
        auto it = callback_by_name.find(key);
        if(it != callback_by_name.end()) return it->second;
        int idx = (int)m.callbacks.size();
        callback_by_name[key] = idx;
        m.callbacks.push_back(Callback());  // reserved now: its argument types may refer back to it
        // parameter names come from the typedef's ParmDecl children
        std::vector<std::string> names;
        clang_visitChildren(
            tdecl,
            [](CXCursor c, CXCursor, CXClientData data) {
                if(clang_getCursorKind(c) == CXCursor_ParmDecl)
                    static_cast<std::vector<std::string> *>(data)->push_back(spelling(c));
                return CXChildVisit_Continue;
            },
            &names);
        Callback built;
        built.c_name = key;
        built.py_name = strip_prefix(key, opt.prefix);
        built.c_fnptr_type = key;
        if(clang_isFunctionTypeVariadic(proto)) built.unsupported = "variadic callback " + key;
        built.ret = classify_type(clang_getResultType(proto), false);
        if(built.ret.kind == TK::Unsupported) built.unsupported = "callback " + key + " returns " + built.ret.why;
        int n = clang_getNumArgTypes(proto);
        for(int i = 0; i < n; i++) {
            Param p;
            p.name = i < (int)names.size() ? names[i] : "";
            p.type = classify_type(clang_getArgType(proto, i), false);
            if(p.type.kind == TK::Unsupported && built.unsupported.empty())
                built.unsupported = "callback " + key + " argument " + std::to_string(i) + ": " + p.type.why;
            built.params.push_back(p);
        }
        m.callbacks[idx] = built;
        return idx;
    }

    // ---- pass 2: functions -----------------------------------------------------------
    void read_functions()
    {
        // the class object type: the type <prefix>_obj_create returns (LVGL: lv_obj_t)
        for(CXCursor c : function_cursors) {
            if(spelling(c) != fn_prefix + "obj_create") continue;
            CXType rt = clang_getCursorResultType(c);
            CXType pt = clang_getPointeeType(clang_getCanonicalType(rt));
            if(pt.kind == CXType_Record) m.obj_type = record_name(clang_getTypeDeclaration(pt));
        }
        for(CXCursor c : function_cursors) read_function(c);
    }

    void read_function(CXCursor c)
    {
        std::string name = spelling(c);
        if(!starts_with(name, fn_prefix)) return;
        if(!seen_functions.insert(name).second) return;
        Function f;
        f.c_name = name;
        f.doc = doc_of(c);
        CXType ft = clang_getCursorType(c);
        f.variadic = clang_isFunctionTypeVariadic(ft) != 0;
        f.is_inline = clang_Cursor_isFunctionInlined(c) != 0 || clang_Cursor_getStorageClass(c) == CX_SC_Static;
        f.ret = classify_type(clang_getCursorResultType(c), false);
        int n = clang_Cursor_getNumArguments(c);
        for(int i = 0; i < n; i++) {
            CXCursor a = clang_Cursor_getArgument(c, i);
            Param p;
            p.name = spelling(a);
            p.type = classify_type(clang_getCursorType(a), true);
            f.params.push_back(p);
        }
        if(f.variadic) f.skip_reason = "variadic function";
        else if(f.ret.kind == TK::Unsupported) f.skip_reason = "return type: " + f.ret.why;
        else if(f.ret.kind == TK::Callback) f.skip_reason = "returns a callback";
        for(size_t i = 0; i < f.params.size() && f.skip_reason.empty(); i++) {
            const Type & t = f.params[i].type;
            if(t.kind == TK::Unsupported)
                f.skip_reason = "argument " + std::to_string(i) + " (" + f.params[i].name + "): " + t.why;
        }
        if(f.params.size() > 15 && f.skip_reason.empty()) f.skip_reason = "more than 15 arguments";
        m.functions.push_back(f);
    }

    // ---- macros ----------------------------------------------------------------------
    /** Object-like macros with a body; the body is evaluated by a generated translation unit. */
    void read_macros()
    {
        std::string upper_prefix = upper(opt.prefix) + "_";
        std::vector<std::string> ints, strs;
        std::set<std::string> enum_names;
        for(auto & k : m.constants) enum_names.insert(k.c_name);
        std::set<std::string> seen;
        std::map<std::string, std::string> renames;  // lower-case macro -> the name it stands for
        for(CXCursor c : macro_cursors) {
            if(clang_Cursor_isMacroFunctionLike(c) || clang_Cursor_isMacroBuiltin(c)) continue;
            std::string name = spelling(c);
            bool lower = starts_with(name, fn_prefix);
            if((!starts_with(name, upper_prefix) && !lower) || enum_names.count(name) || !seen.insert(name).second)
                continue;
            if(starts_with(name, upper_prefix + "USE_") || ends_with(name, "_H")) continue;
            std::string file = file_of(c);
            /* -D on the command line (no file) and files named *conf* (lv_conf.h,
             * lv_conf_internal.h) hold the build configuration, not the library's constants */
            if(file.empty()) continue;
            std::string base = file.substr(file.find_last_of('/') + 1);
            if(base.find("conf") != std::string::npos) continue;
            CXToken * tokens = nullptr;
            unsigned count = 0;
            clang_tokenize(tu, clang_getCursorExtent(c), &tokens, &count);
            bool all_strings = count > 1;
            for(unsigned i = 1; i < count; i++)
                if(clang_getTokenKind(tokens[i]) != CXToken_Literal ||
                   str(clang_getTokenSpelling(tu, tokens[i])).find('"') == std::string::npos)
                    all_strings = false;
            std::string second = count == 2 ? str(clang_getTokenSpelling(tu, tokens[1])) : "";
            clang_disposeTokens(tu, tokens, count);
            if(count <= 1) continue;  // empty: an attribute or a guard
            if(lower && count != 2) continue;
            if(count == 2 && starts_with(second, fn_prefix) && (lower || seen_functions.count(second))) {
                renames[name] = second;  // an alias, maybe of an alias (maps of several versions)
                continue;
            }
            (all_strings ? strs : ints).push_back(name);
        }
        resolve_alias_chains(renames);
        evaluate_macros(ints, strs);
    }

    /** `#define lv_a lv_b` and `#define lv_b lv_function`, in any order: lv_a reaches the
     *  function too. Chains that end elsewhere (a type, a variable) or loop are dropped. */
    void resolve_alias_chains(const std::map<std::string, std::string> & renames)
    {
        for(auto & r : renames) {
            std::string target = r.second;
            for(size_t hops = 0; hops < renames.size() && !seen_functions.count(target); hops++) {
                auto next = renames.find(target);
                if(next == renames.end()) break;
                target = next->second;
            }
            if(seen_functions.count(target)) m.function_aliases.push_back({r.first, target});
        }
    }

    void evaluate_macros(const std::vector<std::string> & ints, const std::vector<std::string> & strs)
    {
        if(ints.empty() && strs.empty()) return;
        char * abs = realpath(opt.header.c_str(), nullptr);
        std::string src = "#include \"" + std::string(abs ? abs : opt.header.c_str()) + "\"\n";
        free(abs);
        for(size_t i = 0; i < ints.size(); i++)
        {
            // the class first: floats and pointers convert to integers silently in C
            src += "static const int bindgen_c" + std::to_string(i) + " = __builtin_classify_type((" + ints[i] + "));\n";
            src += "static const long long bindgen_i" + std::to_string(i) + " = (" + ints[i] + ");\n";
        }
        for(size_t i = 0; i < strs.size(); i++)
            src += "static const char bindgen_s" + std::to_string(i) + "[] = " + strs[i] + ";\n";
        std::string fname = opt.header + ".bindgen_macros.c";
        CXUnsavedFile unsaved{fname.c_str(), src.c_str(), (unsigned long)src.size()};
        std::vector<std::string> args = clang_args();
        std::vector<const char *> argv;
        for(auto & s : args) argv.push_back(s.c_str());
        argv.push_back("-Wno-everything");
        CXTranslationUnit mtu = nullptr;
        if(clang_parseTranslationUnit2(index, fname.c_str(), argv.data(), (int)argv.size(), &unsaved, 1,
                                       CXTranslationUnit_SkipFunctionBodies, &mtu) != CXError_Success || !mtu)
            return;
        struct Ctx {
            Reader * r;
            const std::vector<std::string> * ints;
            const std::vector<std::string> * strs;
            std::vector<long long> type_class;
        } ctx{this, &ints, &strs, std::vector<long long>(ints.size(), -1)};
        clang_visitChildren(
            clang_getTranslationUnitCursor(mtu),
            [](CXCursor c, CXCursor, CXClientData data) {
                auto * x = static_cast<Ctx *>(data);
                if(clang_getCursorKind(c) != CXCursor_VarDecl) return CXChildVisit_Continue;
                std::string n = spelling(c);
                if(!starts_with(n, "bindgen_")) return CXChildVisit_Continue;
                size_t i = std::stoul(n.substr(9));
                CXEvalResult ev = clang_Cursor_Evaluate(c);
                if(!ev) return CXChildVisit_Continue;
                Constant k;
                CXEvalResultKind kind = clang_EvalResult_getKind(ev);
                if(n[8] == 'c' && kind == CXEval_Int) {
                    x->type_class[i] = clang_EvalResult_getAsLongLong(ev);
                } else if(n[8] == 'i' && kind == CXEval_Int && x->type_class[i] >= 1 && x->type_class[i] <= 4) {
                    // integer, char, enum or bool (GCC/clang type classes 1..4)
                    k.c_name = (*x->ints)[i];
                    long long v = clang_EvalResult_getAsLongLong(ev);
                    unsigned long long u = clang_EvalResult_getAsUnsigned(ev);
                    bool fits_signed = v >= INT32_MIN && v <= INT32_MAX;
                    bool fits_unsigned = v >= 0 && u <= 0xFFFFFFFFull;
                    if(fits_signed || fits_unsigned) {
                        k.value = v;
                        k.is_unsigned = !fits_signed;
                        x->r->m.constants.push_back(k);
                    }
                } else if(n[8] == 's' && kind == CXEval_StrLiteral) {
                    k.c_name = (*x->strs)[i];
                    k.is_string = true;
                    k.string_value = clang_EvalResult_getAsStr(ev);
                    x->r->m.constants.push_back(k);
                }
                clang_EvalResult_dispose(ev);
                return CXChildVisit_Continue;
            },
            &ctx);
        clang_disposeTranslationUnit(mtu);
    }

    /** Second typedef names of a struct (compatibility names) name the same struct type. */
    void read_struct_aliases()
    {
        std::set<std::string> seen;
        for(auto & rt : record_typedefs) {
            const std::string & name = rt.first;
            if(!starts_with(name, fn_prefix) || !seen.insert(name).second) continue;
            if(record_name(rt.second) == name || is_obj_record(rt.second)) continue;
            int si = struct_index(rt.second);
            if(si < 0) continue;
            Struct alias = m.structs[si];
            alias.py_name = strip_prefix(name, opt.prefix);
            alias.method_prefix.clear();
            alias.fields.clear();
            alias.alias_of = si;
            if(alias.py_name == m.structs[si].py_name) continue;
            m.structs.push_back(alias);
        }
    }

    /** Global variables of a struct type become module attributes (their address). */
    void read_variables()
    {
        std::set<std::string> seen;
        for(CXCursor c : var_cursors) {
            std::string name = spelling(c);
            if(!starts_with(name, fn_prefix) || !seen.insert(name).second) continue;
            CXType ct = clang_getCanonicalType(clang_getCursorType(c));
            if(ct.kind != CXType_Record) continue;
            CXCursor d = clang_getTypeDeclaration(ct);
            Variable v;
            v.c_name = name;
            v.py_name = strip_prefix(name, opt.prefix);
            if(is_obj_record(d)) continue;
            int si = struct_index(d);
            if(si < 0) continue;
            v.type.kind = TK::StructPtr;
            v.type.index = si;
            v.type.c_spelling = type_spelling(clang_getCursorType(c)) + " *";
            m.variables.push_back(v);
        }
    }

    /** Classes: <prefix>_<name>_create(<obj> * parent) returning <obj> *. */
    void read_class_externs()
    {
        for(auto & c : m.classes) {
            std::string ext = fn_prefix + c.name + "_class";
            if(var_names.count(ext)) c.class_extern = ext;
        }
    }
};

} // namespace

std::string strip_prefix(const std::string & name, const std::string & prefix)
{
    std::string p = prefix + "_";
    std::string up = upper(p);
    if(name.compare(0, p.size(), p) == 0) return name.substr(p.size());
    if(name.compare(0, up.size(), up) == 0) return name.substr(up.size());
    return name;
}

std::string upper(std::string s)
{
    for(auto & c : s) c = (char)toupper((unsigned char)c);
    return s;
}

bool read_headers(const Options & opt, Model & model)
{
    Reader r(opt, model);
    model.module = opt.module;
    model.prefix = opt.prefix;
    model.header = opt.header;
    if(!r.parse()) return false;
    r.collect();
    r.read_functions();
    r.read_variables();
    r.read_struct_aliases();
    r.read_macros();
    classify(model);
    r.read_class_externs();
    group_constants(model);
    return true;
}

} // namespace bindgen
