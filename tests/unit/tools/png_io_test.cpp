// The PNG reader/writer and comparison used by the golden-image tests.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "png/png_io.h"

namespace {

pngio::Image gradient(int w, int h) {
    pngio::Image img;
    img.width = w;
    img.height = h;
    img.rgba.resize(size_t(w) * h * 4);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint8_t* p = &img.rgba[(size_t(y) * w + x) * 4];
            p[0] = uint8_t(x * 7);
            p[1] = uint8_t(y * 13);
            p[2] = uint8_t(x ^ y);
            p[3] = 255;
        }
    return img;
}

std::string temp_path(const char* name) {
    return std::string(::testing::TempDir()) + name;
}

TEST(PngIo, WriteThenReadGivesTheSamePixels) {
    pngio::Image img = gradient(37, 21), back;
    std::string err;
    std::string path = temp_path("roundtrip.png");
    ASSERT_TRUE(pngio::write_png(path, img, &err)) << err;
    ASSERT_TRUE(pngio::read_png(path, &back, &err)) << err;
    EXPECT_EQ(back.width, 37);
    EXPECT_EQ(back.height, 21);
    EXPECT_EQ(back.rgba, img.rgba);
    std::remove(path.c_str());
}

TEST(PngIo, RejectsFilesThatAreNotPng) {
    std::string path = temp_path("not.png");
    FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("hello", f);
    std::fclose(f);
    pngio::Image img;
    std::string err;
    EXPECT_FALSE(pngio::read_png(path, &img, &err));
    EXPECT_NE(err.find("not a PNG"), std::string::npos);
    EXPECT_FALSE(pngio::read_png(temp_path("missing.png"), &img, &err));
    std::remove(path.c_str());
}

TEST(PngCompare, CountsOnlyPixelsBeyondTheTolerance) {
    pngio::Image a = gradient(10, 10), b = a;
    b.rgba[0] = uint8_t(b.rgba[0] + 24);           // pixel 0: exactly at the tolerance
    b.rgba[5 * 4 + 1] = uint8_t(b.rgba[5 * 4 + 1] + 25);  // pixel 5: beyond it
    b.rgba[7 * 4 + 3] = 0;                         // alpha is ignored
    pngio::Image diff;
    pngio::DiffResult r = pngio::compare(a, b, 24, &diff);
    EXPECT_EQ(r.total, 100);
    EXPECT_EQ(r.differing, 1);
    EXPECT_EQ(r.max_delta, 25);
    EXPECT_DOUBLE_EQ(r.share(), 0.01);
    EXPECT_EQ(diff.rgba[5 * 4 + 0], 255);  // marked red
    EXPECT_EQ(diff.rgba[5 * 4 + 1], 0);
    EXPECT_NE(diff.rgba[0 * 4 + 1], 0);    // within tolerance: not marked
}

}  // namespace
