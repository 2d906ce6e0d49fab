/**
 * @file lv_barcode_code128.cpp
 * Code 128 (ISO/IEC 15417): each symbol is three bars and three spaces, 11 modules wide; the
 * table gives the six widths per value. The code sets are chosen by a shortest-path search
 * over (position, set) with the moves and tie-breaks of LVGL 9.3's encoder (see next_sets),
 * so the bars come out the same.
 */
#include "lv_barcode_code128.h"

#include <string.h>

namespace lv_code128 {

namespace {

/* Bar/space widths of values 0..105, bar first, as six digits. */
const uint32_t patterns[106] = {
    212222, 222122, 222221, 121223, 121322, 131222, 122213, 122312, 132212, 221213,
    221312, 231212, 112232, 122132, 122231, 113222, 123122, 123221, 223211, 221132,
    221231, 213212, 223112, 312131, 311222, 321122, 321221, 312212, 322112, 322211,
    212123, 212321, 232121, 111323, 131123, 131321, 112313, 132113, 132311, 211313,
    231113, 231311, 112133, 112331, 132131, 113123, 113321, 133121, 313121, 211331,
    231131, 213113, 213311, 213131, 311123, 311321, 331121, 312113, 312311, 332111,
    314111, 221411, 431111, 111224, 111422, 121124, 121421, 141122, 141221, 112214,
    112412, 122114, 122411, 142112, 142211, 241211, 221114, 413111, 241112, 134111,
    111242, 121142, 121241, 114212, 124112, 124211, 411212, 421112, 421211, 212141,
    214121, 412121, 111143, 111341, 131141, 114113, 114311, 411113, 411311, 113141,
    114131, 311141, 411131, 211412, 211214, 211232,
};
const uint32_t stop_pattern = 2331112;

enum : uint8_t { set_a, set_b, set_c, set_count };
constexpr uint8_t value_fnc1 = 102;
constexpr uint8_t value_start[set_count] = {103, 104, 105};
/* the value that switches to each set */
constexpr uint8_t value_switch_to[set_count] = {101, 100, 99};
constexpr uint8_t value_stop = 106;
constexpr char fnc1_text[] = "[FNC1]";
constexpr uint32_t fnc1_len = sizeof(fnc1_text) - 1;
/* inside the prepared text an FNC1 is a NUL (a C string has none of its own) */
constexpr char fnc1_mark = 0;
constexpr uint16_t unreachable = 0xFFFF;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/** The text as it is encoded: in GS1 mode each "[FNC1]" becomes one FNC1 mark and spaces are
 * dropped (LVGL 9.3's GS1 rule; no FNC1 is added that the text does not have). */
uint32_t prepare(const char * text, uint32_t len, bool gs1, char * out)
{
    uint32_t n = 0;
    for(uint32_t i = 0; i < len; i++) {
        if(gs1 && len - i >= fnc1_len && memcmp(text + i, fnc1_text, fnc1_len) == 0) {
            out[n++] = fnc1_mark;
            i += fnc1_len - 1;
        }
        else if(!gs1 || text[i] != ' ') {
            out[n++] = text[i];
        }
    }
    return n;
}

/** How the text at i is written in `set`: its value and the characters it uses (0: not
 * writable in this set). */
uint32_t step(const char * t, uint32_t len, uint32_t i, uint8_t set, uint8_t * value)
{
    if(t[i] == fnc1_mark) {
        *value = value_fnc1;
        return 1;
    }
    uint8_t c = static_cast<uint8_t>(t[i]);
    switch(set) {
        case set_a:
            if(c >= 96) return 0;
            *value = c < 32 ? static_cast<uint8_t>(c + 64) : static_cast<uint8_t>(c - 32);
            return 1;
        case set_b:
            if(c < 32 || c > 127) return 0;
            *value = static_cast<uint8_t>(c - 32);
            return 1;
        default:
            if(i + 1 >= len || !is_digit(t[i]) || !is_digit(t[i + 1])) return 0;
            *value = static_cast<uint8_t>((t[i] - '0') * 10 + (t[i + 1] - '0'));
            return 2;
    }
}

/* The sets a symbol may be written in next, in the order 9.3's encoder tries them: set C
 * whenever it works; from A (or B) the same set, or the other one only when the same cannot
 * write the character; from C the others only when C cannot. Of the shortest encodings it
 * keeps the one with the fewest symbols of data, then the one that took the earlier choice
 * (C before the others, A before B). */
struct options_t {
    uint8_t set[3];
    uint8_t count;
};

options_t next_sets(const char * t, uint32_t len, uint32_t i, uint8_t from)
{
    options_t o{{0, 0, 0}, 0};
    uint8_t v;
    bool c_works = step(t, len, i, set_c, &v) != 0;
    if(c_works) o.set[o.count++] = set_c;
    if(from == set_c) {
        if(!c_works) {
            o.set[o.count++] = set_a;
            o.set[o.count++] = set_b;
        }
        return o;
    }
    uint8_t other = from == set_a ? set_b : set_a;
    o.set[o.count++] = step(t, len, i, from, &v) ? from : other;
    return o;
}

/** A path's cost as one comparable number: symbols (with switches) first, then data symbols. */
uint16_t cost_key(uint32_t symbols_count, uint32_t data_steps) { return static_cast<uint16_t>(symbols_count << 8 | data_steps); }

/** The cost of writing `set`'s symbol at i coming from `from`, plus the best cost after it. */
uint16_t via(const char * t, uint32_t len, uint32_t i, uint8_t from, uint8_t set, const uint16_t * best, uint32_t * next_i)
{
    uint8_t v;
    uint32_t used = step(t, len, i, set, &v);
    if(!used) return unreachable;
    *next_i = i + used;
    uint16_t rest = best[*next_i * set_count + set];
    if(rest == unreachable) return unreachable;
    uint32_t symbols_count = (rest >> 8) + 1 + (set != from ? 1 : 0);
    return cost_key(symbols_count, (rest & 0xFF) + 1u);
}

/** best[i][set]: the cheapest way to write t[i..] when the symbol before was in `set`. */
void fill_best(const char * t, uint32_t len, uint16_t * best)
{
    for(uint8_t s = 0; s < set_count; s++) best[len * set_count + s] = 0;
    for(uint32_t i = len; i-- > 0;) {
        for(uint8_t from = 0; from < set_count; from++) {
            options_t o = next_sets(t, len, i, from);
            uint16_t b = unreachable;
            for(uint8_t k = 0; k < o.count; k++) {
                uint32_t ni;
                uint16_t c = via(t, len, i, from, o.set[k], best, &ni);
                if(c < b) b = c;
            }
            best[i * set_count + from] = b;
        }
    }
}

/** Appends the modules of one pattern (widths as decimal digits, bar first). */
uint32_t put_pattern(uint32_t pattern, uint8_t * out)
{
    uint8_t widths[7];
    int n = 0;
    for(uint32_t p = pattern; p; p /= 10) widths[n++] = static_cast<uint8_t>(p % 10);
    uint32_t at = 0;
    for(int i = n - 1; i >= 0; i--) {
        bool bar = (n - 1 - i) % 2 == 0;
        for(uint8_t w = 0; w < widths[i]; w++) out[at++] = bar;
    }
    return at;
}

} // namespace

uint32_t symbols(const char * text, uint32_t len, bool gs1, uint8_t * values)
{
    /* the text and the cost table are on the stack: texts are bounded (a longer barcode
     * could not be scanned anyway) */
    if(len == 0 || len > max_len) return 0;
    char t[max_len];
    uint32_t n_text = prepare(text, len, gs1, t);
    if(n_text == 0) return 0;
    uint16_t best[(max_len + 1) * set_count];
    fill_best(t, n_text, best);

    /* the start set: C, A, B in that order on a tie */
    const uint8_t start_order[set_count] = {set_c, set_a, set_b};
    uint8_t set = set_count;
    for(uint8_t s : start_order) {
        if(best[s] != unreachable && (set == set_count || best[s] < best[set])) set = s;
    }
    if(set == set_count) return 0;

    uint32_t n = 0;
    values[n++] = value_start[set];
    for(uint32_t i = 0; i < n_text;) {
        /* take the first move that keeps the best cost */
        options_t o = next_sets(t, n_text, i, set);
        uint32_t ni = i;
        for(uint8_t k = 0; k < o.count && ni == i; k++) {
            if(via(t, n_text, i, set, o.set[k], best, &ni) != best[i * set_count + set]) {
                ni = i;
                continue;
            }
            if(o.set[k] != set) values[n++] = value_switch_to[o.set[k]];
            set = o.set[k];
            uint8_t v = 0;
            step(t, n_text, i, set, &v);
            values[n++] = v;
        }
        if(ni == i) return 0; /* cannot happen with a reachable start: no move kept the cost */
        i = ni;
    }
    uint32_t sum = values[0];
    for(uint32_t k = 1; k < n; k++) sum += k * values[k];
    values[n++] = static_cast<uint8_t>(sum % 103);
    values[n++] = value_stop;
    return n;
}

uint32_t encode(const char * text, uint32_t len, bool gs1, uint8_t * values, uint8_t * modules)
{
    uint32_t n = symbols(text, len, gs1, values);
    if(n == 0) return 0;
    uint32_t at = 0;
    memset(modules, 0, quiet_zone);
    at += quiet_zone;
    for(uint32_t k = 0; k < n; k++) at += put_pattern(values[k] == value_stop ? stop_pattern : patterns[values[k]], modules + at);
    memset(modules + at, 0, quiet_zone);
    return at + quiet_zone;
}

} // namespace lv_code128
