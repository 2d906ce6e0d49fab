// The QR Code encoder against facts of ISO/IEC 18004: format and version bits, the
// Reed-Solomon example of the standard's annex, capacities, alignment positions, the fixed
// patterns of a symbol and the mask choice.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "../../../lv/src/libs/qrcode/lv_qrcode_encoder.h"

using lv_qr::ecc;

namespace {

struct encoded {
    std::vector<uint8_t> modules, scratch;
    lv_qr::symbol s{};
};

bool encode(encoded & e, const char * text, ecc level, int version, bool boost = false, int mask = -1)
{
    e.modules.assign(lv_qr::bitmap_bytes(version), 0);
    e.scratch.assign(lv_qr::scratch_bytes(version), 0);
    return lv_qr::encode(reinterpret_cast<const uint8_t *>(text), static_cast<uint32_t>(strlen(text)), level, version,
                         boost, mask, e.modules.data(), e.scratch.data(), &e.s);
}

/** The 15 format bits as the top-left copy holds them (bit 0 at (8,0) ... bit 14 at (0,8)). */
uint16_t read_format_top_left(const lv_qr::symbol & s)
{
    uint16_t v = 0;
    for(int i = 0; i <= 5; i++) v |= static_cast<uint16_t>(lv_qr::module_at(s, 8, i) << i);
    v |= static_cast<uint16_t>(lv_qr::module_at(s, 8, 7) << 6);
    v |= static_cast<uint16_t>(lv_qr::module_at(s, 8, 8) << 7);
    v |= static_cast<uint16_t>(lv_qr::module_at(s, 7, 8) << 8);
    for(int i = 9; i < 15; i++) v |= static_cast<uint16_t>(lv_qr::module_at(s, 14 - i, 8) << i);
    return v;
}

uint16_t read_format_split(const lv_qr::symbol & s)
{
    uint16_t v = 0;
    for(int i = 0; i < 8; i++) v |= static_cast<uint16_t>(lv_qr::module_at(s, s.size - 1 - i, 8) << i);
    for(int i = 8; i < 15; i++) v |= static_cast<uint16_t>(lv_qr::module_at(s, 8, s.size - 15 + i) << i);
    return v;
}

void expect_finder(const lv_qr::symbol & s, int x0, int y0)
{
    for(int y = 0; y < 7; y++) {
        for(int x = 0; x < 7; x++) {
            bool ring = x == 1 || x == 5 || y == 1 || y == 5;
            bool inner = x >= 1 && x <= 5 && y >= 1 && y <= 5;
            EXPECT_EQ(lv_qr::module_at(s, x0 + x, y0 + y), !(ring && inner)) << x0 + x << "," << y0 + y;
        }
    }
}

} // namespace

TEST(QrEncoder, FormatBitsMatchTheStandardsTable)
{
    EXPECT_EQ(lv_qr::format_bits(ecc::medium, 0), 0x5412);  // 101010000010010
    EXPECT_EQ(lv_qr::format_bits(ecc::low, 0), 0x77C4);     // 111011111000100
    EXPECT_EQ(lv_qr::format_bits(ecc::high, 0), 0x1689);    // 001011010001001
    EXPECT_EQ(lv_qr::format_bits(ecc::quartile, 0), 0x355F); // 011010101011111
}

TEST(QrEncoder, VersionBitsOfVersion7And40)
{
    EXPECT_EQ(lv_qr::version_bits(7), 0x07C94u);
    EXPECT_EQ(lv_qr::version_bits(40), 0x28C69u);
}

TEST(QrEncoder, ReedSolomonOfTheAnnexExample)
{
    // "01234567" at 1-M: 16 data codewords and their 10 check codewords (ISO/IEC 18004 annex)
    const uint8_t data[16] = {0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11};
    const uint8_t expected[10] = {0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55};
    uint8_t out[10];
    lv_qr::reed_solomon(data, 16, 10, out);
    for(int i = 0; i < 10; i++) EXPECT_EQ(out[i], expected[i]) << i;
}

TEST(QrEncoder, CapacitiesInByteMode)
{
    EXPECT_EQ(lv_qr::total_codewords(1), 26);
    EXPECT_EQ(lv_qr::total_codewords(7), 196);
    EXPECT_EQ(lv_qr::total_codewords(40), 3706);
    EXPECT_EQ(lv_qr::data_codewords(1, ecc::medium), 16);
    EXPECT_EQ(lv_qr::data_codewords(40, ecc::low), 2956);
    EXPECT_EQ(lv_qr::data_codewords(40, ecc::high), 1276);
    EXPECT_EQ(lv_qr::min_fit_version(ecc::medium, 14), 1);
    EXPECT_EQ(lv_qr::min_fit_version(ecc::medium, 15), 2);
    EXPECT_EQ(lv_qr::min_fit_version(ecc::low, 2953), 40);
    EXPECT_EQ(lv_qr::min_fit_version(ecc::low, 2954), 0);
    EXPECT_EQ(lv_qr::min_fit_version(ecc::high, 1273), 40);
    EXPECT_EQ(lv_qr::min_fit_version(ecc::high, 1274), 0);
}

TEST(QrEncoder, AlignmentPatternPositions)
{
    uint8_t p[7];
    EXPECT_EQ(lv_qr::alignment_positions(1, p), 0);
    ASSERT_EQ(lv_qr::alignment_positions(2, p), 2);
    EXPECT_EQ(p[0], 6);
    EXPECT_EQ(p[1], 18);
    ASSERT_EQ(lv_qr::alignment_positions(7, p), 3);
    EXPECT_EQ(p[1], 22);
    EXPECT_EQ(p[2], 38);
    ASSERT_EQ(lv_qr::alignment_positions(32, p), 6);
    const uint8_t v32[6] = {6, 34, 60, 86, 112, 138};
    for(int i = 0; i < 6; i++) EXPECT_EQ(p[i], v32[i]);
    ASSERT_EQ(lv_qr::alignment_positions(40, p), 7);
    const uint8_t v40[7] = {6, 30, 58, 86, 114, 142, 170};
    for(int i = 0; i < 7; i++) EXPECT_EQ(p[i], v40[i]);
}

TEST(QrEncoder, Version1SymbolHasFindersTimingFormatAndDarkModule)
{
    encoded e;
    ASSERT_TRUE(encode(e, "HELLO", ecc::medium, 1));
    const lv_qr::symbol & s = e.s;
    EXPECT_EQ(s.size, 21);
    expect_finder(s, 0, 0);
    expect_finder(s, 14, 0);
    expect_finder(s, 0, 14);
    for(int i = 0; i < 8; i++) {  // light separators
        EXPECT_FALSE(lv_qr::module_at(s, 7, i));
        EXPECT_FALSE(lv_qr::module_at(s, i, 7));
        EXPECT_FALSE(lv_qr::module_at(s, 13, i));
        EXPECT_FALSE(lv_qr::module_at(s, i, 13));
    }
    for(int i = 8; i <= 12; i++) {
        EXPECT_EQ(lv_qr::module_at(s, i, 6), i % 2 == 0);
        EXPECT_EQ(lv_qr::module_at(s, 6, i), i % 2 == 0);
    }
    EXPECT_TRUE(lv_qr::module_at(s, 8, 13));
    EXPECT_EQ(s.level, ecc::medium);
    EXPECT_EQ(read_format_top_left(s), lv_qr::format_bits(ecc::medium, s.mask));
    EXPECT_EQ(read_format_split(s), lv_qr::format_bits(ecc::medium, s.mask));
}

TEST(QrEncoder, VersionBlocksFromVersion7)
{
    encoded e;
    ASSERT_TRUE(encode(e, "version seven", ecc::low, 7));
    uint32_t below = 0, right = 0;
    for(int i = 0; i < 18; i++) {
        below |= static_cast<uint32_t>(lv_qr::module_at(e.s, i / 3, e.s.size - 11 + i % 3)) << i;
        right |= static_cast<uint32_t>(lv_qr::module_at(e.s, e.s.size - 11 + i % 3, i / 3)) << i;
    }
    EXPECT_EQ(below, lv_qr::version_bits(7));
    EXPECT_EQ(right, lv_qr::version_bits(7));
}

TEST(QrEncoder, ChosenMaskHasTheLowestPenalty)
{
    encoded best;
    ASSERT_TRUE(encode(best, "https://lvgl.io", ecc::medium, 2));
    int best_score = lv_qr::penalty(best.s);
    for(int m = 0; m < 8; m++) {
        encoded e;
        ASSERT_TRUE(encode(e, "https://lvgl.io", ecc::medium, 2, false, m));
        EXPECT_EQ(e.s.mask, m);
        if(m == best.s.mask) EXPECT_EQ(e.modules, best.modules);
        else EXPECT_GE(lv_qr::penalty(e.s), best_score) << "mask " << m;
    }
}

TEST(QrEncoder, BoostRaisesTheLevelAsFarAsTheDataFits)
{
    encoded e;
    ASSERT_TRUE(encode(e, "HI", ecc::medium, 1, true));
    EXPECT_EQ(e.s.level, ecc::high);  // 2 bytes fit the 9 data codewords of 1-H
    ASSERT_TRUE(encode(e, "0123456789", ecc::medium, 1, true));
    EXPECT_EQ(e.s.level, ecc::quartile);  // 10 bytes: 13 codewords of 1-Q, not 9 of 1-H
    ASSERT_TRUE(encode(e, "0123456789", ecc::medium, 1, false));
    EXPECT_EQ(e.s.level, ecc::medium);
}

TEST(QrEncoder, RefusesWhatDoesNotFit)
{
    encoded e;
    EXPECT_FALSE(encode(e, "https://lvgl.io", ecc::medium, 1));  // 15 bytes > 14
    EXPECT_FALSE(encode(e, "x", ecc::medium, 0));
    EXPECT_FALSE(encode(e, "x", ecc::medium, 41));
    EXPECT_FALSE(encode(e, "x", ecc::medium, 1, false, 8));
}
