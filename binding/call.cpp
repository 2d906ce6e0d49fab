/**
 * @file call.cpp
 * Table lookups and the call / callback dispatch of binding/call.h.
 */
#include "call.h"

namespace pyvgl {
namespace binding {

void call(const Module & m, uint16_t fn, const Word * args, Word * result)
{
    const Function & f = m.functions[fn];
    m.callers[f.caller](m.fnptrs[fn], args, result);
}

/** Walks the characters of an encoded name: its words joined by '_'. */
struct NameReader {
    const Module & m;
    const uint8_t * code;
    const char * word = nullptr;  // rest of the current word
    bool started = false;         // a word was read: the next one needs a '_' first
    bool separated = false;       // that '_' was returned

    NameReader(const Module & module, uint32_t name) : m(module), code(module.names + name) {}

    /** Next character, 0 at the end. */
    char next()
    {
        while(true) {
            if(word && *word) return *word++;
            if(*code == 0) return 0;
            if(started && !separated) {
                separated = true;
                return '_';
            }
            uint32_t index = *code++;
            if(index & 0x80) index = 127 + (((index & 0x7F) << 8) | *code++);
            else index -= 1;
            word = m.words + m.word_at[index];
            started = true;
            separated = false;
        }
    }
};

size_t name_copy(const Module & m, uint32_t name, char * buf, size_t size)
{
    NameReader r(m, name);
    size_t n = 0;
    for(char c = r.next(); c; c = r.next(), n++)
        if(n + 1 < size) buf[n] = c;
    if(size) buf[n < size ? n : size - 1] = 0;
    return n;
}

int name_compare(const Module & m, uint32_t name, const char * s)
{
    NameReader r(m, name);
    while(true) {
        unsigned char a = (unsigned char)r.next(), b = (unsigned char)*s++;
        if(a != b || a == 0) return a - b;
    }
}

// Binary search over `count` entries whose names are given by name_of(i).
template <typename NameOf>
static uint16_t search_sorted(const Module & m, uint16_t first, uint16_t count, const char * name,
                              NameOf name_of)
{
    uint32_t lo = first, hi = static_cast<uint32_t>(first) + count;
    while(lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        int c = name_compare(m, name_of(mid), name);
        if(c == 0) return static_cast<uint16_t>(mid);
        if(c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NONE;
}

uint16_t find_function(const Module & m, uint16_t first, uint16_t count, const char * name)
{
    return search_sorted(m, first, count, name, [&](uint32_t i) { return m.functions[i].name; });
}

uint16_t find_module_function(const Module & m, const char * name)
{
    return find_function(m, m.module_fn_first, m.module_fn_count, name);
}

uint16_t find_class(const Module & m, const char * name)
{
    return search_sorted(m, 0, m.class_count, name, [&](uint32_t i) { return m.classes[i].name; });
}

uint16_t find_struct(const Module & m, const char * name)
{
    return search_sorted(m, 0, m.struct_count, name, [&](uint32_t i) { return m.structs[i].name; });
}

uint16_t find_group(const Module & m, uint16_t first, uint16_t count, const char * name)
{
    return search_sorted(m, first, count, name, [&](uint32_t i) { return m.groups[i].name; });
}

uint16_t find_variable(const Module & m, const char * name)
{
    return search_sorted(m, 0, m.variable_count, name, [&](uint32_t i) { return m.variables[i].name; });
}

uint16_t find_member(const Module & m, uint16_t g, const char * name)
{
    const EnumGroup & grp = m.groups[g];
    if(grp.kind == G_STR)
        return search_sorted(m, grp.first, grp.count, name, [&](uint32_t i) { return m.str_members[i].name; });
    return search_sorted(m, grp.first, grp.count, name, [&](uint32_t i) { return m.int_members[i].name; });
}

void SigReader::next()
{
    switch(code()) {
        case T_STRUCT_PTR:
        case T_STRUCT_VAL:
        case T_CALLBACK:
            p += 3;
            break;
        case T_ARRAY:
            p += 1;
            next();
            break;
        default:
            p += 1;
            break;
    }
}

SigReader return_type_of(const Module & m, uint16_t fn)
{
    return SigReader{m.sigs + m.functions[fn].sig};
}

static const uint8_t * count_byte(const Module & m, uint16_t sig)
{
    SigReader r{m.sigs + sig};
    r.next();
    return r.p;
}

uint8_t arg_count(const Module & m, uint16_t sig) { return *count_byte(m, sig); }

SigReader first_arg(const Module & m, uint16_t sig) { return SigReader{count_byte(m, sig) + 1}; }

static CallbackHandler g_callback_handler = nullptr;

void set_callback_handler(CallbackHandler handler) { g_callback_handler = handler; }

void dispatch_callback(const Module & m, uint16_t cb, const Word * args, Word * result)
{
    if(g_callback_handler) g_callback_handler(m, cb, args, result);
}

} // namespace binding
} // namespace pyvgl
