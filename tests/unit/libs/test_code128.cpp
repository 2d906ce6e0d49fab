// Code 128: symbol values (code sets chosen for the fewest symbols, the weighted modulo-103
// checksum), the module layout (quiet zones, 11-module symbols of three bars, the 13-module
// stop) and refusals.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "../../../lv/src/libs/barcode/lv_barcode_code128.h"

namespace {

std::vector<int> values_of(const char * text, bool gs1 = false)
{
    uint32_t len = static_cast<uint32_t>(strlen(text));
    std::vector<uint8_t> v(lv_code128::max_symbols(len ? len : 1));
    uint32_t n = lv_code128::symbols(text, len, gs1, v.data());
    return std::vector<int>(v.begin(), v.begin() + n);
}

} // namespace

TEST(Code128, TextWithItsChecksum)
{
    // capitals fit sets A and B alike: A is taken on the tie (as LVGL 9.3 does)
    // start A, H E L L O, checksum (103 + 1*40 + 2*37 + 3*44 + 4*44 + 5*47) % 103 = 39, stop
    EXPECT_EQ(values_of("HELLO"), (std::vector<int>{103, 40, 37, 44, 44, 47, 39, 106}));
    // lower case needs B: start B, p y v g l, (104 + 80 + 2*89 + 3*86 + 4*71 + 5*76) % 103 = 48
    EXPECT_EQ(values_of("pyvgl"), (std::vector<int>{104, 80, 89, 86, 71, 76, 48, 106}));
}

TEST(Code128, DigitPairsUseSetC)
{
    // start C, 12 34 56 78, checksum (105 + 12 + 2*34 + 3*56 + 4*78) % 103 = 47
    EXPECT_EQ(values_of("12345678"), (std::vector<int>{105, 12, 34, 56, 78, 47, 106}));
}

TEST(Code128, SwitchesOnlyWhenShorter)
{
    // six digits inside letters: A, CODE C, three pairs, CODE B is 1 shorter than one set
    std::vector<int> v = values_of("AB123456cd");
    ASSERT_EQ(v.size(), 12u); // start, A, B, CODE C, 3 pairs, CODE B, c, d, checksum, stop
    EXPECT_EQ(v[0], 103);
    EXPECT_EQ(v[3], 99);
    EXPECT_EQ(v[4], 12);
    EXPECT_EQ(v[7], 100);
    // a control character needs set A, the lower case letter after it set B again
    std::vector<int> t = values_of("a\tb");
    EXPECT_EQ(std::vector<int>(t.begin(), t.end() - 2), (std::vector<int>{104, 65, 101, 73, 100, 66}));
}

TEST(Code128, Gs1TurnsFnc1MarksIntoSymbolsAndDropsSpaces)
{
    // start C, 01, FNC1 (in set C too), CODE B, a, b,
    // checksum (105 + 1 + 2*102 + 3*100 + 4*65 + 5*66) % 103 = 67
    const std::vector<int> expected{105, 1, 102, 100, 65, 66, 67, 106};
    EXPECT_EQ(values_of("01[FNC1]ab", true), expected);
    EXPECT_EQ(values_of("0 1[FNC1]a b", true), expected);
    EXPECT_EQ(values_of("[FNC1]", false).size(), 1u + 6 + 2); // raw: the text is just text
    EXPECT_TRUE(values_of("   ", true).empty());              // nothing left to encode
}

TEST(Code128, ModuleLayout)
{
    const char * text = "pyvgl";
    std::vector<uint8_t> values(lv_code128::max_symbols(5)), m(lv_code128::max_modules(5));
    uint32_t n = lv_code128::encode(text, 5, false, values.data(), m.data());
    // start, 5 characters, checksum: 7 symbols, then the stop
    ASSERT_EQ(n, 10u + 7 * 11 + 13 + 10);
    for(int i = 0; i < 10; i++) {
        EXPECT_EQ(m[i], 0);
        EXPECT_EQ(m[n - 1 - i], 0);
    }
    for(int s = 0; s < 7; s++) {
        const uint8_t * sym = &m[10 + 11 * s];
        int bars = 0, dark = 0;
        for(int i = 0; i < 11; i++) {
            dark += sym[i];
            if(sym[i] && (i == 0 || !sym[i - 1])) bars++;
        }
        EXPECT_EQ(sym[0], 1) << s;
        EXPECT_EQ(sym[10], 0) << s;
        EXPECT_EQ(bars, 3) << s;
        EXPECT_EQ(dark % 2, 0) << s; // Code 128 bars add up to an even number of modules
    }
    EXPECT_EQ(m[n - 11], 1); // the stop ends with its 2-module bar
    EXPECT_EQ(m[n - 12], 1);
}

TEST(Code128, Refusals)
{
    EXPECT_TRUE(values_of("").empty());
    EXPECT_TRUE(values_of("gr\xc3\xbc\xc3\x9f").empty());
    std::string long_text(lv_code128::max_len + 1, 'x');
    EXPECT_TRUE(values_of(long_text.c_str()).empty());
    std::string longest(lv_code128::max_len, 'x');
    EXPECT_EQ(values_of(longest.c_str()).size(), lv_code128::max_len + 3u);
}
