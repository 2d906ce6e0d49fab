// Word helpers of binding/call.h: integer ranges and normalisation, scalar and bitfield
// access to struct memory, checked on the toy library's structs.
#include <gtest/gtest.h>

#include <cstring>

#include "binding/call.h"
#include "toy.h"

using namespace pyvgl::binding;

TEST(Words, IntegerRanges)
{
    EXPECT_TRUE(int_fits(T_U8, 255));
    EXPECT_FALSE(int_fits(T_U8, 256));
    EXPECT_FALSE(int_fits(T_U8, -1));
    EXPECT_TRUE(int_fits(T_I8, -128));
    EXPECT_FALSE(int_fits(T_I8, 128));
    EXPECT_TRUE(int_fits(T_U16, 65535));
    EXPECT_FALSE(int_fits(T_I16, 40000));
    EXPECT_TRUE(int_fits(T_I32, -2147483648ll));
    EXPECT_FALSE(int_fits(T_I32, 2147483648ll));
    EXPECT_TRUE(int_fits(T_U32, 4294967295ll));
    EXPECT_FALSE(int_fits(T_U32, 4294967296ll));
    EXPECT_FALSE(int_fits(T_U64, -1));
    EXPECT_TRUE(int_fits(T_BOOL, 1));
    EXPECT_FALSE(int_fits(T_BOOL, 2));
    EXPECT_FALSE(int_fits(T_STR, 0));
}

TEST(Words, NormalisedIntegers)
{
    EXPECT_EQ(int_word(T_I8, -5).i32, -5);
    EXPECT_EQ(int_word(T_U8, 200).i32, 200);
    EXPECT_EQ(int_word(T_U32, 4294967295ll).u32, 4294967295u);
    EXPECT_EQ(int_word(T_U32, 4294967295ll).u64 >> 32, 0u);  // upper half clear
    EXPECT_EQ(word_int(T_U32, int_word(T_U32, 4294967295ll)), 4294967295ll);
    EXPECT_EQ(word_int(T_I16, int_word(T_I16, -300)), -300);
    EXPECT_EQ(word_int(T_I64, int_word(T_I64, -9000000000ll)), -9000000000ll);
    EXPECT_EQ(word_int(T_BOOL, int_word(T_BOOL, 1)), 1);
    EXPECT_EQ(scalar_size(T_U16), 2u);
    EXPECT_EQ(scalar_size(T_PTR), sizeof(void *));
    EXPECT_EQ(scalar_size(T_ARRAY), 0u);
}

TEST(Words, ScalarsInStructMemory)
{
    tl_color_t c = {1, 2, 3};
    Word w;
    load_scalar(T_U8, &c.red, &w);
    EXPECT_EQ(w.i32, 3);
    store_scalar(T_U8, &c.green, int_word(T_U8, 250));
    EXPECT_EQ(c.green, 250);
    tl_anim_t a;
    memset(&a, 0, sizeof a);
    store_scalar(T_I32, &a.end, int_word(T_I32, -77));
    EXPECT_EQ(a.end, -77);
    int x = 0;
    Word p;
    p.u64 = 0;
    p.p = &x;
    store_scalar(T_PTR, &a.user_data, p);
    EXPECT_EQ(a.user_data, &x);
    load_scalar(T_PTR, &a.user_data, &w);
    EXPECT_EQ(w.p, &x);
    double d = 0;
    Word f;
    f.f64 = 2.5;
    store_scalar(T_F64, &d, f);
    EXPECT_EQ(d, 2.5);
}

TEST(Words, Bitfields)
{
    tl_path_t path;
    memset(&path, 0, sizeof path);
    // where clang put them: closed is bit 0 and width bits 1..7 of the byte after count
    uint8_t * unit = reinterpret_cast<uint8_t *>(&path.count) + 1;
    store_bits(unit, 1, 7, 99);
    store_bits(unit, 0, 1, 1);
    EXPECT_EQ(path.width, 99);
    EXPECT_EQ(path.closed, 1);
    EXPECT_EQ(path.count, 0);  // neighbours untouched
    EXPECT_EQ(load_bits(unit, 1, 7), 99u);
    store_bits(unit, 1, 7, 1000);  // truncated to the width
    EXPECT_EQ(path.width, 1000 & 0x7F);
    EXPECT_EQ(path.closed, 1);
    uint8_t bytes[5] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    store_bits(bytes, 4, 24, 0);
    EXPECT_EQ(bytes[0], 0x0F);
    EXPECT_EQ(bytes[3], 0xF0);
    EXPECT_EQ(bytes[4], 0xFF);
    EXPECT_EQ(load_bits(bytes, 0, 4), 0xFu);
}
