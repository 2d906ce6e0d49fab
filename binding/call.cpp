/**
 * @file call.cpp
 * Table lookups and the call / callback dispatch of binding/call.h.
 */
#include "call.h"

namespace pyvgl {
namespace binding {

void call(const Module & m, uint16_t fn, const Word * args, Word * result)
{
    m.callers[function_caller(m, fn)](m.fnptrs[fn], args, result);
}

/** Walks the characters of an encoded name: its words joined by '_'. */
struct NameReader {
    const Module & m;
    const uint8_t * code;
    char word[64];                // the current word (bindgen keeps words shorter)
    const char * rest = nullptr;  // its characters not returned yet
    bool last = false;            // the current word is the name's last

    NameReader(const Module & module, uint32_t name) : m(module), code(module.names + name) {}

    /** Decodes word `index` into `word`: from the start of its block of WORD_AT_STRIDE words,
     *  each word is the length of the prefix it shares with the previous one, then the rest
     *  of its characters (bit 7 marks the last byte of a word, see tables.h). */
    void load_word(uint32_t index)
    {
        const uint8_t * p = reinterpret_cast<const uint8_t *>(m.words) + m.word_at[index / WORD_AT_STRIDE];
        size_t n = 0;
        for(uint32_t k = 0; k <= index % WORD_AT_STRIDE; k++) {
            uint8_t shared = *p++;
            n = shared & 0x7F;
            if(shared & 0x80) continue;
            do word[n++ & 63] = (char)(*p & 0x7F);
            while(!(*p++ & 0x80));
        }
        word[n & 63] = 0;
        rest = word;
    }

    /** Next character, 0 at the end. */
    char next()
    {
        if(rest && *rest) return *rest++;
        if(last) return 0;
        bool first = rest == nullptr;
        uint32_t index = *code & 0x7F;
        last = (*code++ & 0x80) != 0;
        if(index >= m.short_words) index = m.short_words + (((index - m.short_words) << 8) | *code++);
        load_word(index);
        if(first) return next();
        return '_';
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

static_assert(offsetof(Function, name) == 0 && offsetof(Class, name) == 0 && offsetof(Struct, name) == 0 &&
                  offsetof(EnumGroup, name) == 0 && offsetof(Variable, name) == 0 && offsetof(StrConst, name) == 0,
              "search_sorted reads the name at the start of each record");

// Binary search over `count` records of `stride` bytes from `table` whose first member is
// the u16 name (every table is laid out so: one search for all of them).
static uint16_t search_sorted(const Module & m, const void * table, size_t stride, uint16_t first, uint16_t count,
                              const char * name)
{
    const uint8_t * base = static_cast<const uint8_t *>(table);
    uint32_t lo = first, hi = static_cast<uint32_t>(first) + count;
    while(lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        // the record's first member is a uint16_t: an aligned read of that very object
        int c = name_compare(m, *reinterpret_cast<const uint16_t *>(base + mid * stride), name);
        if(c == 0) return static_cast<uint16_t>(mid);
        if(c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NONE;
}

uint16_t find_function(const Module & m, uint16_t first, uint16_t count, const char * name)
{
    return search_sorted(m, m.functions, sizeof(Function), first, count, name);
}

uint16_t find_module_function(const Module & m, const char * name)
{
    return find_function(m, m.module_fn_first, m.module_fn_count, name);
}

uint16_t find_class(const Module & m, const char * name)
{
    return search_sorted(m, m.classes, sizeof(Class), 0, m.class_count, name);
}

uint16_t find_struct(const Module & m, const char * name)
{
    return search_sorted(m, m.structs, sizeof(Struct), 0, m.struct_count, name);
}

uint16_t find_group(const Module & m, uint16_t first, uint16_t count, const char * name)
{
    return search_sorted(m, m.groups, sizeof(EnumGroup), first, count, name);
}

uint16_t find_variable(const Module & m, const char * name)
{
    return search_sorted(m, m.variables, sizeof(Variable), 0, m.variable_count, name);
}

uint16_t find_member(const Module & m, uint16_t g, const char * name)
{
    // str_members are StrConst rows, int_members u16 records of 2 or 3 (GroupKind)
    const EnumGroup & grp = m.groups[g];
    if(grp.kind == G_STR) {
        uint16_t k = search_sorted(m, m.str_members + grp.first, sizeof(StrConst), 0, grp.count, name);
        return k == NONE ? NONE : member_at(m, g, k);
    }
    size_t stride = (grp.kind == G_INT16 ? 2 : 3) * sizeof(uint16_t);
    uint16_t k = search_sorted(m, m.int_members + grp.first, stride, 0, grp.count, name);
    return k == NONE ? NONE : member_at(m, g, k);
}

int64_t int_member_value(const Module & m, uint16_t g, uint16_t at)
{
    const uint16_t * r = m.int_members + at;
    switch(m.groups[g].kind) {
        case G_INT16: return static_cast<int16_t>(r[1]);
        case G_INT32: return static_cast<int32_t>(r[1] | (static_cast<uint32_t>(r[2]) << 16));
        default: return r[1] | (static_cast<uint32_t>(r[2]) << 16);
    }
}

// ---- attribute resolution ------------------------------------------------------------

static const size_t MAX_NAME = 96;

/** Copies name[from, to) into buf (lowercased if asked); false if it does not fit. */
static bool slice(const char * name, size_t from, size_t to, char * buf, bool lower)
{
    if(to - from + 1 > MAX_NAME) return false;
    for(size_t i = from; i < to; i++) {
        char c = name[i];
        buf[i - from] = lower && c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    buf[to - from] = 0;
    return true;
}

static size_t length(const char * s)
{
    size_t n = 0;
    while(s[n]) n++;
    return n;
}

static Attr attr(Attr::Kind kind, uint16_t index, uint16_t group = NONE)
{
    return Attr{index == NONE ? Attr::NONE_ : kind, index, group};
}

/** Member `member` of group `g` as an INT or STR attribute. */
static Attr member_of(const Module & m, uint16_t g, const char * member)
{
    uint16_t i = find_member(m, g, member);
    if(i == NONE && member[0] >= '0' && member[0] <= '9') {
        // OPA_50 stands for OPA._50: members starting with a digit carry a '_'
        char buf[MAX_NAME];
        size_t n = length(member);
        if(n + 2 <= MAX_NAME) {
            buf[0] = '_';
            for(size_t k = 0; k <= n; k++) buf[k + 1] = member[k];
            i = find_member(m, g, buf);
        }
    }
    return attr(m.groups[g].kind == G_STR ? Attr::STR : Attr::INT, i, g);
}

/** A class-scoped group written flat: "OBJ_FLAG" (with `member` NULL) or OBJ_FLAG + member. */
static Attr class_group_flat(const Module & m, const char * group_name, const char * member)
{
    size_t n = length(group_name);
    char cls[MAX_NAME];
    for(size_t j = 1; j < n; j++) {
        if(group_name[j] != '_' || !slice(group_name, 0, j, cls, true)) continue;
        uint16_t c = find_class(m, cls);
        if(c == NONE) continue;
        uint16_t g = find_group(m, m.classes[c].first_group, m.classes[c].group_count, group_name + j + 1);
        if(g == NONE) continue;
        if(!member) return attr(Attr::GROUP, g);
        Attr a = member_of(m, g, member);
        if(a.kind != Attr::NONE_) return a;
    }
    return attr(Attr::NONE_, NONE);
}

Attr resolve_module_attr(const Module & m, const char * name)
{
    uint16_t i;
    if((i = find_module_function(m, name)) != NONE) return attr(Attr::FUNCTION, i);
    if((i = find_class(m, name)) != NONE) return attr(Attr::CLASS, i);
    if((i = find_struct(m, name)) != NONE) return attr(Attr::STRUCT, i);
    if(name[0] && name[0] != '$' && (i = find_group(m, m.module_group_first, m.module_group_count, name)) != NONE)
        return attr(Attr::GROUP, i);
    if((i = find_variable(m, name)) != NONE) return attr(Attr::VARIABLE, i);
    const char * flat[] = {PYVGL_FLAT_INTS, PYVGL_FLAT_STRS};
    for(const char * f : flat) {
        uint16_t g = find_group(m, m.module_group_first, m.module_group_count, f);
        if(g != NONE) {
            Attr a = member_of(m, g, name);
            if(a.kind != Attr::NONE_) return a;
        }
    }
    Attr a = class_group_flat(m, name, nullptr);
    if(a.kind != Attr::NONE_) return a;
    // split at each '_': GROUP + member, CLASS_GROUP + member, struct/class + method
    size_t n = length(name);
    char head[MAX_NAME], lower[MAX_NAME + 2];
    for(size_t j = 1; j + 1 < n; j++) {
        if(name[j] != '_' || !slice(name, 0, j, head, false)) continue;
        const char * rest = name + j + 1;
        uint16_t g = find_group(m, m.module_group_first, m.module_group_count, head);
        if(g != NONE && head[0] != '$' && (a = member_of(m, g, rest)).kind != Attr::NONE_) return a;
        if((a = class_group_flat(m, head, rest)).kind != Attr::NONE_) return a;
        if(!slice(name, 0, j, lower, true)) continue;
        uint16_t c = find_class(m, lower);
        if(c != NONE && (a = resolve_class_attr(m, c, rest)).kind == Attr::FUNCTION) return a;
        lower[j] = '_', lower[j + 1] = 't', lower[j + 2] = 0;
        uint16_t s = find_struct(m, lower);
        if(s != NONE && (i = find_function(m, m.structs[s].first_method, m.structs[s].method_count, rest)) != NONE)
            return attr(Attr::FUNCTION, i);
    }
    return attr(Attr::NONE_, NONE);
}

Attr resolve_class_attr(const Module & m, uint16_t cls, const char * name)
{
    // the depth bound guards against a malformed base chain
    for(int depth = 0; cls != NONE && depth < 64; depth++) {
        const Class & c = m.classes[cls];
        uint16_t i = find_function(m, c.first_method, c.method_count, name);
        if(i != NONE) return attr(Attr::FUNCTION, i);
        i = find_group(m, c.first_group, c.group_count, name);
        if(i != NONE) return attr(Attr::GROUP, i);
        cls = c.base;
    }
    return attr(Attr::NONE_, NONE);
}

Attr resolve_struct_attr(const Module & m, uint16_t st, const char * name)
{
    const Struct & s = m.structs[st];
    uint16_t i = find_function(m, s.first_method, s.method_count, name);
    if(i != NONE) return attr(Attr::FUNCTION, i);
    for(uint16_t f = s.first_field; f < s.first_field + s.field_count; f++)
        if(name_compare(m, m.fields[f].name, name) == 0) return attr(Attr::FIELD, f);
    return attr(Attr::NONE_, NONE);
}


size_t scalar_size(TypeCode code)
{
    switch(code) {
        case T_BOOL: return sizeof(bool);
        case T_I8:
        case T_U8: return 1;
        case T_I16:
        case T_U16: return 2;
        case T_I32:
        case T_U32:
        case T_F32: return 4;
        case T_I64:
        case T_U64:
        case T_F64: return 8;
        case T_STR:
        case T_PTR:
        case T_OBJ:
        case T_STRUCT_PTR:
        case T_CALLBACK: return sizeof(void *);
        default: return 0;
    }
}


template <typename T>
static T read_as(const void * at)
{
    T v;
    const unsigned char * src = static_cast<const unsigned char *>(at);
    unsigned char * dst = reinterpret_cast<unsigned char *>(&v);
    for(size_t i = 0; i < sizeof(T); i++) dst[i] = src[i];  // fields may be unaligned (packed)
    return v;
}

template <typename T>
static void write_as(void * at, T v)
{
    const unsigned char * src = reinterpret_cast<const unsigned char *>(&v);
    unsigned char * dst = static_cast<unsigned char *>(at);
    for(size_t i = 0; i < sizeof(T); i++) dst[i] = src[i];
}

void load_scalar(TypeCode code, const void * at, Word * out)
{
    switch(code) {
        case T_BOOL: *out = int_word(code, read_as<bool>(at)); break;
        case T_I8: *out = int_word(code, read_as<int8_t>(at)); break;
        case T_U8: *out = int_word(code, read_as<uint8_t>(at)); break;
        case T_I16: *out = int_word(code, read_as<int16_t>(at)); break;
        case T_U16: *out = int_word(code, read_as<uint16_t>(at)); break;
        case T_I32: *out = int_word(code, read_as<int32_t>(at)); break;
        case T_U32: *out = int_word(code, read_as<uint32_t>(at)); break;
        case T_I64:
        case T_U64: out->i64 = read_as<int64_t>(at); break;
        case T_F32: out->u64 = 0, out->f32 = read_as<float>(at); break;
        case T_F64: out->f64 = read_as<double>(at); break;
        default: out->u64 = 0, out->p = read_as<void *>(at); break;
    }
}

void store_scalar(TypeCode code, void * at, const Word & w)
{
    switch(code) {
        case T_BOOL: write_as<bool>(at, w.i32 != 0); break;
        case T_I8:
        case T_U8: write_as<uint8_t>(at, (uint8_t)w.u32); break;
        case T_I16:
        case T_U16: write_as<uint16_t>(at, (uint16_t)w.u32); break;
        case T_I32:
        case T_U32: write_as<uint32_t>(at, w.u32); break;
        case T_I64:
        case T_U64: write_as<int64_t>(at, w.i64); break;
        case T_F32: write_as<float>(at, w.f32); break;
        case T_F64: write_as<double>(at, w.f64); break;
        default: write_as<void *>(at, w.p); break;
    }
}

// Bitfields of LVGL's structs fit in 32 bits; they are read byte-wise (little endian, as
// on the targets: x86-64, Cortex-M, wasm) so the storage unit may be unaligned.
uint32_t load_bits(const void * at, uint8_t bit_offset, uint8_t bit_width)
{
    const unsigned char * b = static_cast<const unsigned char *>(at);
    uint64_t unit = 0;
    for(unsigned i = 0; i * 8 < (unsigned)bit_offset + bit_width; i++) unit |= (uint64_t)b[i] << (8 * i);
    uint64_t mask = bit_width >= 32 ? 0xFFFFFFFFull : ((1ull << bit_width) - 1);
    return (uint32_t)((unit >> bit_offset) & mask);
}

void store_bits(void * at, uint8_t bit_offset, uint8_t bit_width, uint32_t value)
{
    unsigned char * b = static_cast<unsigned char *>(at);
    unsigned bytes = ((unsigned)bit_offset + bit_width + 7) / 8;
    uint64_t unit = 0;
    for(unsigned i = 0; i < bytes; i++) unit |= (uint64_t)b[i] << (8 * i);
    uint64_t mask = (bit_width >= 32 ? 0xFFFFFFFFull : ((1ull << bit_width) - 1)) << bit_offset;
    unit = (unit & ~mask) | (((uint64_t)value << bit_offset) & mask);
    for(unsigned i = 0; i < bytes; i++) b[i] = (unsigned char)(unit >> (8 * i));
}

static CallbackHandler g_callback_handler = nullptr;

void set_callback_handler(CallbackHandler handler) { g_callback_handler = handler; }

void dispatch_callback(const Module & m, uint16_t cb, const Word * args, Word * result)
{
    if(g_callback_handler) g_callback_handler(m, cb, args, result);
}

} // namespace binding
} // namespace pyvgl
