// The GIF decoder (gd_*) and the gif widget on GIFs built here: LZW streams written without
// compression (a clear code every few codes, so the code size never grows) and with the
// dictionary growing to 12 bits, palettes, transparency, disposal, loop counts; truncated and
// random data end in an error, never a crash.
#include "../widgets/widget_fixture.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <vector>

/* the engine's internal opener with a known size (lv/src/libs/gif/lv_gifdec.cpp) */
gd_GIF * gd_open_gif_data_size(const void * data, uint32_t size);

namespace {

using Bytes = std::vector<uint8_t>;

void put16(Bytes & b, uint16_t v)
{
    b.push_back(v & 0xFF);
    b.push_back(v >> 8);
}

/** LZW codes packed LSB first. `grow`: a real encoder (dictionary up to 4096 codes); else
 *  every pixel is its own code, a clear code before the code size would grow. */
Bytes lzw(const Bytes & px, int min_size, bool grow)
{
    const int clear = 1 << min_size;
    int size = min_size + 1;
    int next = clear + 2;
    Bytes out;
    uint32_t acc = 0;
    int nbits = 0;
    auto put = [&](int code) {
        acc |= static_cast<uint32_t>(code) << nbits;
        nbits += size;
        while(nbits >= 8) {
            out.push_back(acc & 0xFF);
            acc >>= 8;
            nbits -= 8;
        }
    };
    put(clear);
    if(!grow) {
        int since_clear = 0;
        for(uint8_t p : px) {
            if(since_clear == clear - 2) {
                put(clear);
                since_clear = 0;
            }
            put(p);
            since_clear++;
        }
    }
    else {
        std::map<std::pair<int, int>, int> table;
        int prefix = px[0];
        for(size_t i = 1; i < px.size(); i++) {
            auto key = std::make_pair(prefix, static_cast<int>(px[i]));
            auto it = table.find(key);
            if(it != table.end()) {
                prefix = it->second;
                continue;
            }
            put(prefix);
            if(next < 4096) {
                table[key] = next++;
                if(next > (1 << size) && size < 12) size++;
            }
            else {
                put(clear);
                table.clear();
                size = min_size + 1;
                next = clear + 2;
            }
            prefix = px[i];
        }
        put(prefix);
    }
    put(clear + 1);
    if(nbits) out.push_back(acc & 0xFF);
    return out;
}

struct Frame {
    Bytes px;
    uint16_t x = 0, y = 0, w = 0, h = 0;
    uint16_t delay = 0;
    int transparent = -1;
    int disposal = 0;
};

/** A GIF89a of w x h with a 4-color global palette (white, red, green, blue). */
Bytes make_gif(uint16_t w, uint16_t h, const std::vector<Frame> & frames, int loops, bool grow)
{
    Bytes b = {'G', 'I', 'F', '8', '9', 'a'};
    put16(b, w);
    put16(b, h);
    b.push_back(0x80 | 0x70 | 1); /* global table of 4 */
    b.push_back(0);
    b.push_back(0);
    const uint8_t pal[] = {255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255};
    b.insert(b.end(), pal, pal + sizeof(pal));
    if(loops >= 0) {
        const char * app = "NETSCAPE2.0";
        b.push_back(0x21);
        b.push_back(0xFF);
        b.push_back(11);
        b.insert(b.end(), app, app + 11);
        b.push_back(3);
        b.push_back(1);
        put16(b, static_cast<uint16_t>(loops));
        b.push_back(0);
    }
    for(const Frame & f : frames) {
        b.push_back(0x21);
        b.push_back(0xF9);
        b.push_back(4);
        b.push_back(static_cast<uint8_t>((f.disposal << 2) | (f.transparent >= 0 ? 1 : 0)));
        put16(b, f.delay);
        b.push_back(static_cast<uint8_t>(f.transparent >= 0 ? f.transparent : 0));
        b.push_back(0);
        b.push_back(0x2C);
        put16(b, f.x);
        put16(b, f.y);
        put16(b, f.w ? f.w : w);
        put16(b, f.h ? f.h : h);
        b.push_back(0);
        b.push_back(2); /* min code size */
        Bytes data = lzw(f.px, 2, grow);
        for(size_t i = 0; i < data.size(); i += 255) {
            size_t n = std::min<size_t>(255, data.size() - i);
            b.push_back(static_cast<uint8_t>(n));
            b.insert(b.end(), data.begin() + i, data.begin() + i + n);
        }
        b.push_back(0);
    }
    b.push_back(0x3B);
    return b;
}

/** The pixel (x, y) of an ARGB8888 buffer as 0xAARRGGBB. */
uint32_t argb(const Bytes & buf, int w, int x, int y)
{
    const uint8_t * p = &buf[(y * w + x) * 4];
    return (uint32_t(p[3]) << 24) | (p[2] << 16) | (p[1] << 8) | p[0];
}

constexpr uint32_t kWhite = 0xFFFFFFFF, kRed = 0xFFFF0000, kGreen = 0xFF00FF00, kBlue = 0xFF0000FF;

/** A pattern using all four colors: index (x + 2y) % 4, with runs LZW can compress. */
Bytes pattern(int w, int h)
{
    Bytes px;
    for(int y = 0; y < h; y++) {
        for(int x = 0; x < w; x++) px.push_back(static_cast<uint8_t>(((x / 3) + 2 * y) % 4));
    }
    return px;
}

class GifTest : public WidgetTest {};

TEST_F(GifTest, DecodesBothLzwStylesToThePalette)
{
    for(bool grow : {false, true}) {
        const int w = 97, h = 61; /* enough pixels for the dictionary to fill and restart */
        Bytes px = pattern(w, h);
        Bytes file = make_gif(w, h, {Frame{px}}, -1, grow);
        gd_GIF * gif = gd_open_gif_data(file.data());
        ASSERT_NE(gif, nullptr);
        EXPECT_EQ(gif->width, w);
        EXPECT_EQ(gif->height, h);
        EXPECT_EQ(gif->loop_count, -1);
        ASSERT_EQ(gd_get_frame(gif), 1);
        Bytes out(w * h * 4);
        gd_render_frame(gif, out.data());
        const uint32_t colors[] = {kWhite, kRed, kGreen, kBlue};
        int wrong = 0;
        for(int y = 0; y < h; y++) {
            for(int x = 0; x < w; x++) wrong += argb(out, w, x, y) != colors[px[y * w + x]];
        }
        EXPECT_EQ(wrong, 0) << "grow " << grow;
        EXPECT_EQ(gd_get_frame(gif), 0); /* played once: the trailer ends it */
        gd_close_gif(gif);
    }
}

TEST_F(GifTest, TransparencyAndDisposal)
{
    const int w = 6, h = 4;
    Frame red{Bytes(w * h, 1)};
    red.disposal = 1;
    Frame patch{Bytes{0, 3, 0, 3}, 2, 1, 2, 2};
    patch.transparent = 0;
    patch.disposal = 2;
    Frame dot{Bytes{2}, 0, 0, 1, 1};
    Bytes file = make_gif(w, h, {red, patch, dot}, 3, true);
    gd_GIF * gif = gd_open_gif_data(file.data());
    ASSERT_NE(gif, nullptr);
    Bytes out(w * h * 4);
    ASSERT_EQ(gd_get_frame(gif), 1);
    EXPECT_EQ(gif->loop_count, 3);
    ASSERT_EQ(gd_get_frame(gif), 1);
    gd_render_frame(gif, out.data());
    EXPECT_EQ(argb(out, w, 2, 1), kRed);  /* transparent pixel: the red frame under it */
    EXPECT_EQ(argb(out, w, 3, 1), kBlue);
    EXPECT_EQ(argb(out, w, 0, 0), kRed);
    ASSERT_EQ(gd_get_frame(gif), 1);
    gd_render_frame(gif, out.data());
    EXPECT_EQ(argb(out, w, 0, 0), kGreen);
    EXPECT_EQ(argb(out, w, 3, 1) >> 24, 0u); /* the patch restored to a transparent background */
    EXPECT_EQ(argb(out, w, 5, 3), kRed);
    /* loops: 3 plays in all, then the end */
    int frames = 0;
    while(gd_get_frame(gif) == 1) frames++;
    EXPECT_EQ(frames, 6);
    gd_rewind(gif);
    EXPECT_EQ(gif->loop_count, 3);
    gd_close_gif(gif);
}

TEST_F(GifTest, BadDataIsAnErrorNotACrash)
{
    Bytes file = make_gif(20, 10, {Frame{pattern(20, 10)}, Frame{pattern(20, 10)}}, 0, true);
    for(size_t cut = 0; cut < file.size(); cut++) {
        gd_GIF * gif = gd_open_gif_data_size(file.data(), static_cast<uint32_t>(cut));
        if(gif == nullptr) continue;
        for(int i = 0; i < 4 && gd_get_frame(gif) == 1; i++) {}
        gd_close_gif(gif);
    }
    std::mt19937 rng(7);
    for(int round = 0; round < 300; round++) {
        Bytes broken = file;
        for(int i = 0; i < 4; i++) broken[13 + rng() % (broken.size() - 13)] = static_cast<uint8_t>(rng());
        gd_GIF * gif = gd_open_gif_data_size(broken.data(), static_cast<uint32_t>(broken.size()));
        if(gif == nullptr) continue;
        Bytes out(gif->width * gif->height * 4);
        for(int i = 0; i < 6 && gd_get_frame(gif) == 1; i++) gd_render_frame(gif, out.data());
        gd_close_gif(gif);
    }
    const uint8_t not_gif[] = "PNG and more bytes";
    EXPECT_EQ(gd_open_gif_data_size(not_gif, sizeof(not_gif)), nullptr);
    EXPECT_EQ(gd_open_gif_file("Z:no_such.gif"), nullptr);
}

TEST_F(GifTest, WidgetAdvancesWithTheFrameDelays)
{
    Frame a{Bytes(16, 1)}, b{Bytes(16, 2)}, c{Bytes(16, 3)};
    a.delay = 5;  /* 50 ms */
    b.delay = 10;
    c.delay = 5;
    Bytes file = make_gif(4, 4, {a, b, c}, 1, true);
    lv_image_dsc_t dsc = {};
    dsc.data = file.data();
    dsc.data_size = static_cast<uint32_t>(file.size());
    lv_obj_t * g = lv_gif_create(scr);
    static int ready;
    ready = 0;
    lv_obj_add_event_cb(g, [](lv_event_t *) { ready++; }, LV_EVENT_READY, nullptr);
    lv_gif_set_src(g, &dsc);
    ASSERT_TRUE(lv_gif_is_loaded(g));
    lv_obj_update_layout(g);
    EXPECT_EQ(lv_obj_get_width(g), 4);
    auto shown = [&]() {
        const lv_image_dsc_t * img = static_cast<const lv_image_dsc_t *>(lv_image_get_src(g));
        const uint8_t * p = img->data;
        return (uint32_t(p[3]) << 24) | (p[2] << 16) | (p[1] << 8) | p[0];
    };
    EXPECT_EQ(shown(), kRed);
    run_ms(45);
    EXPECT_EQ(shown(), kRed);
    run_ms(10);
    EXPECT_EQ(shown(), kGreen);
    run_ms(100);
    EXPECT_EQ(shown(), kBlue);
    EXPECT_EQ(ready, 0);
    run_ms(60);
    EXPECT_EQ(ready, 1); /* loop count 1: played once */
    EXPECT_EQ(shown(), kBlue);
    lv_gif_restart(g);
    EXPECT_EQ(shown(), kRed);
    lv_gif_pause(g);
    run_ms(200);
    EXPECT_EQ(shown(), kRed);
    lv_gif_resume(g);
    run_ms(60);
    EXPECT_EQ(shown(), kGreen);
    lv_obj_delete(g);
}

/* LVGL's lv_example_gif_1 in C: one GIF from a descriptor (left), the same from a file
 * (right), both on the screen after a refresh, both advancing. */
TEST_F(GifTest, ExampleGif1)
{
    Frame a{Bytes(30 * 20, 1)}, b{Bytes(30 * 20, 3)};
    a.delay = b.delay = 10;
    Bytes file = make_gif(30, 20, {a, b}, 0, true);
    FILE * f = std::fopen("/tmp/pyvgl_example_gif_1.gif", "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(file.data(), 1, file.size(), f);
    std::fclose(f);
    lv_fs_drv_t drv;
    lv_fs_drv_init(&drv);
    lv_fs_drv_init_stdio(&drv);
    drv.letter = 'A';
    lv_fs_drv_register(&drv);

    static lv_image_dsc_t img_bulb_gif;
    img_bulb_gif = {};
    img_bulb_gif.data = file.data();
    img_bulb_gif.data_size = static_cast<uint32_t>(file.size());
    lv_obj_t * img = lv_gif_create(lv_screen_active());
    lv_gif_set_src(img, &img_bulb_gif);
    lv_obj_align(img, LV_ALIGN_LEFT_MID, 20, 0);
    img = lv_gif_create(lv_screen_active());
    lv_gif_set_src(img, "A:/tmp/pyvgl_example_gif_1.gif");
    lv_obj_align(img, LV_ALIGN_RIGHT_MID, -20, 0);
    EXPECT_TRUE(lv_gif_is_loaded(img));
    lv_refr_now(nullptr);
    const int y = H / 2;
    EXPECT_EQ(lv_color_to_u32(pixel(35, y)) & 0xFFFFFF, 0xFF0000u);
    EXPECT_EQ(lv_color_to_u32(pixel(W - 35, y)) & 0xFFFFFF, 0xFF0000u);
    run_ms(120);
    lv_refr_now(nullptr);
    EXPECT_EQ(lv_color_to_u32(pixel(35, y)) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(lv_color_to_u32(pixel(W - 35, y)) & 0xFFFFFF, 0x0000FFu);
    lv_obj_clean(lv_screen_active());
    std::remove("/tmp/pyvgl_example_gif_1.gif");
}

} // namespace
