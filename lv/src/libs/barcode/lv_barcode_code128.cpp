/**
 * @file lv_barcode_code128.cpp
 * Code 128 (ISO/IEC 15417): each symbol is three bars and three spaces, 11 modules wide; the
 * table gives the six widths per value. The code sets are chosen by a shortest-path search
 * over (position, set): a character costs one symbol in a set that has it (two digits cost
 * one in set C), a set switch costs one.
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
constexpr uint32_t unreachable = 0xFFFFFFFF;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool fnc1_at(const char * t, uint32_t len, uint32_t i, bool gs1)
{
    return gs1 && len - i >= fnc1_len && memcmp(t + i, fnc1_text, fnc1_len) == 0;
}

/** How the text at i is written in `set`: its value and the characters it uses (0: not
 * writable in this set). */
uint32_t step(const char * t, uint32_t len, uint32_t i, bool gs1, uint8_t set, uint8_t * value)
{
    if(fnc1_at(t, len, i, gs1)) {
        *value = value_fnc1;
        return fnc1_len;
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

/** Fewest symbols to write text[i..] starting in `set`; `cost` is (len+1) x 3, filled from the
 * end (cost[len] = 0 in every set). */
void fill_costs(const char * t, uint32_t len, bool gs1, uint32_t * cost)
{
    for(uint8_t s = 0; s < set_count; s++) cost[len * set_count + s] = 0;
    for(uint32_t i = len; i-- > 0;) {
        uint32_t stay[set_count];
        for(uint8_t s = 0; s < set_count; s++) {
            uint8_t v;
            uint32_t n = step(t, len, i, gs1, s, &v);
            uint32_t rest = n ? cost[(i + n) * set_count + s] : unreachable;
            stay[s] = rest == unreachable ? unreachable : rest + 1;
        }
        for(uint8_t s = 0; s < set_count; s++) {
            uint32_t best = stay[s];
            for(uint8_t o = 0; o < set_count; o++) {
                if(o != s && stay[o] != unreachable && stay[o] + 1 < best) best = stay[o] + 1;
            }
            cost[i * set_count + s] = best;
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
    /* the cost table is on the stack: texts are bounded (a longer barcode could not be
     * scanned anyway) */
    if(len == 0 || len > max_len) return 0;
    uint32_t cost[(max_len + 1) * set_count];
    fill_costs(text, len, gs1, cost);

    /* start in the cheapest set (B, then C, then A on a tie) */
    const uint8_t order[set_count] = {set_b, set_c, set_a};
    uint8_t set = order[0];
    for(uint8_t s : order) {
        if(cost[s] < cost[set]) set = s;
    }
    if(cost[set] == unreachable) return 0;

    uint32_t n = 0;
    values[n++] = value_start[set];
    if(gs1) values[n++] = value_fnc1;
    for(uint32_t i = 0; i < len;) {
        uint8_t v;
        uint32_t used = step(text, len, i, gs1, set, &v);
        if(!used || cost[(i + used) * set_count + set] + 1 != cost[i * set_count + set]) {
            /* switching is cheaper (or the only way): go to the set the cost came from */
            for(uint8_t s : order) {
                uint8_t sv;
                uint32_t su = s == set ? 0 : step(text, len, i, gs1, s, &sv);
                if(su && cost[(i + su) * set_count + s] + 2 == cost[i * set_count + set]) {
                    values[n++] = value_switch_to[s];
                    set = s;
                    break;
                }
            }
            used = step(text, len, i, gs1, set, &v);
        }
        values[n++] = v;
        i += used;
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
