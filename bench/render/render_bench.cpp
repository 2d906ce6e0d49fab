// Software renderer benchmark: full frames of typical content at 320x240 and 800x480,
// drawn with the engine's draw API into an XRGB8888 (and RGB565) buffer.
//
//   build/bench/render/render_bench [--frames N] [--png DIR]
//
// Prints ms per frame for each scene and size, and per-object costs. --png writes the last
// frame of each scene so the content can be checked by eye.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "lv_png.h"
#include "lvgl.h"
#include "scene_frames.h"

namespace {

struct Frame {
    lv_draw_buf_t * buf;
    lv_layer_t layer;
    int32_t w, h;
};

Frame make_frame(int32_t w, int32_t h, lv_color_format_t cf)
{
    Frame f;
    f.w = w;
    f.h = h;
    f.buf = lv_draw_buf_create((uint32_t)w, (uint32_t)h, cf, 0);
    lv_layer_init(&f.layer);
    f.layer.draw_buf = f.buf;
    f.layer.color_format = cf;
    f.layer.buf_area = {0, 0, w - 1, h - 1};
    f.layer._clip_area = f.layer.buf_area;
    f.layer.phy_clip_area = f.layer.buf_area;
    return f;
}

void background(Frame & f)
{
    lv_draw_fill_dsc_t d;
    lv_draw_fill_dsc_init(&d);
    d.color = lv_color_hex(0xF5F5F5);
    lv_area_t a = f.layer.buf_area;
    lv_draw_fill(&f.layer, &d, &a);
}

/* A default-theme-like button: rounded, blue, with a soft shadow and a centered label. */
void button(Frame & f, int32_t x, int32_t y, int32_t w, int32_t h, const char * text)
{
    lv_draw_rect_dsc_t r;
    lv_draw_rect_dsc_init(&r);
    r.radius = 8;
    r.bg_color = lv_color_hex(0x2196F3);
    r.shadow_width = 12;
    r.shadow_offset_y = 4;
    r.shadow_opa = LV_OPA_40;
    r.shadow_color = lv_color_hex(0x9E9E9E);
    lv_area_t a = {x, y, x + w - 1, y + h - 1};
    lv_draw_rect(&f.layer, &r, &a);
    lv_draw_label_dsc_t l;
    lv_draw_label_dsc_init(&l);
    l.text = text;
    l.color = lv_color_white();
    l.align = LV_TEXT_ALIGN_CENTER;
    int32_t lh = lv_font_get_line_height(l.font);
    lv_area_t la = {x, y + (h - lh) / 2, x + w - 1, y + (h - lh) / 2 + lh - 1};
    lv_draw_label(&f.layer, &l, &la);
}

int scene_buttons(Frame & f)
{
    background(f);
    int n = 0;
    for(int32_t y = 10; y + 40 <= f.h; y += 50) {
        for(int32_t x = 10; x + 90 <= f.w; x += 100) {
            button(f, x, y, 90, 40, "Button");
            n++;
        }
    }
    return n;
}

/* the font of the text scenes: built-in Montserrat 14, or the same TTF read at run time */
const lv_font_t * g_text_font = LV_FONT_DEFAULT;
lv_font_t * g_ttf_font = nullptr;

int draw_text_lines(Frame & f, const lv_font_t * font)
{
    background(f);
    lv_draw_label_dsc_t l;
    lv_draw_label_dsc_init(&l);
    l.font = font;
    l.color = lv_color_hex(0x212121);
    l.text = "The quick brown fox jumps over the lazy dog 0123456789";
    int n = 0;
    for(int32_t y = 4; y + 16 <= f.h; y += 18) {
        lv_area_t a = {4, y, f.w - 5, y + 15};
        lv_draw_label(&f.layer, &l, &a);
        n++;
    }
    return n;
}

int scene_text(Frame & f) { return draw_text_lines(f, g_text_font); }

/** The text scene with Montserrat Medium 14 drawn from its TTF by tiny_ttf (glyphs cached
 *  after the warm-up frame, kerning on). */
int scene_ttf(Frame & f) { return g_ttf_font ? draw_text_lines(f, g_ttf_font) : 0; }

int scene_list(Frame & f)
{
    /* a scrolling list: white card, rows with a symbol, text and separators */
    background(f);
    lv_draw_rect_dsc_t card;
    lv_draw_rect_dsc_init(&card);
    card.radius = 6;
    card.border_width = 2;
    card.border_color = lv_color_hex(0xE0E0E0);
    lv_area_t ca = {10, 10, f.w - 11, f.h - 11};
    lv_draw_rect(&f.layer, &card, &ca);
    lv_draw_label_dsc_t l;
    lv_draw_label_dsc_init(&l);
    l.color = lv_color_hex(0x212121);
    lv_draw_line_dsc_t sep;
    lv_draw_line_dsc_init(&sep);
    sep.color = lv_color_hex(0xEEEEEE);
    int n = 0;
    for(int32_t y = 14; y + 40 <= f.h - 12; y += 40) {
        l.text = LV_SYMBOL_FILE "  List item with a label";
        lv_area_t a = {24, y + 12, f.w - 24, y + 27};
        lv_draw_label(&f.layer, &l, &a);
        sep.p1 = {14, y + 39};
        sep.p2 = {f.w - 14, y + 39};
        lv_draw_line(&f.layer, &sep);
        n++;
    }
    return n;
}

std::vector<uint32_t> g_image_px;
lv_image_dsc_t g_image;

void make_image()
{
    const int N = 100;
    g_image_px.resize(N * N);
    for(int y = 0; y < N; y++) {
        for(int x = 0; x < N; x++) {
            double dx = x - 49.5, dy = y - 49.5;
            uint32_t a = dx * dx + dy * dy < 49 * 49 ? 255 : 0;
            g_image_px[y * N + x] = (a << 24) | ((uint32_t)(x * 2) << 16) | ((uint32_t)(y * 2) << 8) | 0x80;
        }
    }
    g_image = lv_image_dsc_t{};
    g_image.header.magic = LV_IMAGE_HEADER_MAGIC;
    g_image.header.cf = LV_COLOR_FORMAT_ARGB8888;
    g_image.header.w = N;
    g_image.header.h = N;
    g_image.header.stride = N * 4;
    g_image.data = (const uint8_t *)g_image_px.data();
    g_image.data_size = (uint32_t)(g_image_px.size() * 4);
}

int scene_image(Frame & f)
{
    background(f);
    lv_draw_image_dsc_t d;
    lv_draw_image_dsc_init(&d);
    d.src = &g_image;
    d.rotation = 300;
    d.scale_x = d.scale_y = 384;
    d.pivot = {50, 50};
    int n = 0;
    for(int32_t y = 20; y + 100 <= f.h; y += 160) {
        for(int32_t x = 20; x + 100 <= f.w; x += 160) {
            lv_area_t a = {x + 20, y + 20, x + 119, y + 119};
            lv_draw_image(&f.layer, &d, &a);
            n++;
        }
    }
    return n;
}

int scene_widgets(Frame & f)
{
    /* a typical screen: a title bar, buttons, a slider-like bar, an arc and some labels */
    background(f);
    lv_draw_rect_dsc_t bar;
    lv_draw_rect_dsc_init(&bar);
    bar.bg_color = lv_color_hex(0x2196F3);
    lv_area_t top = {0, 0, f.w - 1, 39};
    lv_draw_rect(&f.layer, &bar, &top);
    lv_draw_label_dsc_t title;
    lv_draw_label_dsc_init(&title);
    title.text = "Settings";
    title.color = lv_color_white();
    title.font = &lv_font_montserrat_24;
    lv_area_t ta = {12, 6, f.w - 1, 33};
    lv_draw_label(&f.layer, &title, &ta);
    int n = 2;
    for(int32_t y = 60; y + 40 <= f.h - 90; y += 55) {
        button(f, 20, y, 120, 40, LV_SYMBOL_OK " Apply");
        lv_draw_rect_dsc_t track;
        lv_draw_rect_dsc_init(&track);
        track.radius = LV_RADIUS_CIRCLE;
        track.bg_color = lv_color_hex(0xBBDEFB);
        lv_area_t tr = {160, y + 15, f.w - 30, y + 24};
        lv_draw_rect(&f.layer, &track, &tr);
        track.bg_color = lv_color_hex(0x2196F3);
        tr.x2 = 160 + (f.w - 190) * 2 / 3;
        lv_draw_rect(&f.layer, &track, &tr);
        n += 3;
    }
    lv_draw_arc_dsc_t arc;
    lv_draw_arc_dsc_init(&arc);
    arc.center = {f.w / 2, f.h - 45};
    arc.radius = 40;
    arc.width = 10;
    arc.start_angle = 135;
    arc.end_angle = 45;
    arc.color = lv_color_hex(0xE0E0E0);
    lv_draw_arc(&f.layer, &arc);
    arc.end_angle = 300;
    arc.color = lv_color_hex(0x2196F3);
    arc.rounded = 1;
    lv_draw_arc(&f.layer, &arc);
    return n + 2;
}

struct Scene {
    const char * name;
    int (*draw)(Frame &);
    const char * per;
};

double now_ms()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

int main(int argc, char ** argv)
{
    int frames = 30;
    std::string png_dir;
    bool gui_scenes = false;
    std::vector<const char *> names;
    for(int i = 1; i < argc; i++) {
        if(!std::strcmp(argv[i], "--frames") && i + 1 < argc) frames = std::max(1, std::atoi(argv[++i]));
        else if(!std::strcmp(argv[i], "--png") && i + 1 < argc) png_dir = argv[++i];
        else if(!std::strcmp(argv[i], "--scenes")) gui_scenes = true;
        else if(gui_scenes && argv[i][0] != '-') names.push_back(argv[i]);
        else {
            std::fprintf(stderr, "usage: render_bench [--frames N] [--png DIR] | [--frames N] --scenes [NAME...]\n");
            return 2;
        }
    }
    if(gui_scenes) return run_scene_frames(frames, names);
    make_image();
    g_ttf_font = lv_tiny_ttf_create_file(PYVGL_BENCH_TTF, 14);
    const Scene scenes[] = {
        {"buttons", scene_buttons, "button (rounded, shadow, label)"},
        {"text", scene_text, "line of 53 glyphs"},
        {"ttf", scene_ttf, "line of 53 glyphs, tiny_ttf"},
        {"list", scene_list, "list row"},
        {"image", scene_image, "rotated+scaled 100x100 image"},
        {"widgets", scene_widgets, "widget"},
    };
    const struct {
        int32_t w, h;
        lv_color_format_t cf;
        const char * cf_name;
    } sizes[] = {{320, 240, LV_COLOR_FORMAT_XRGB8888, "XRGB8888"},
                 {800, 480, LV_COLOR_FORMAT_XRGB8888, "XRGB8888"},
                 {320, 240, LV_COLOR_FORMAT_RGB565, "RGB565"},
                 {800, 480, LV_COLOR_FORMAT_RGB565, "RGB565"}};
    std::printf("%-8s %-9s %-9s %10s %8s %12s  %s\n", "scene", "size", "format", "ms/frame", "objects", "us/object",
                "object");
    for(const auto & s : sizes) {
        for(const Scene & sc : scenes) {
            Frame f = make_frame(s.w, s.h, s.cf);
            if(f.buf == nullptr) return 1;
            int objects = sc.draw(f); /* warm-up */
            if(objects == 0) { /* the TTF was not found */
                lv_draw_buf_destroy(f.buf);
                continue;
            }
            double best = 1e30;
            for(int i = 0; i < frames; i++) {
                double t0 = now_ms();
                sc.draw(f);
                best = std::min(best, now_ms() - t0);
            }
            char size[16];
            std::snprintf(size, sizeof(size), "%dx%d", (int)s.w, (int)s.h);
            std::printf("%-8s %-9s %-9s %10.3f %8d %12.1f  %s\n", sc.name, size, s.cf_name, best, objects,
                        best * 1000.0 / objects, sc.per);
            if(!png_dir.empty()) {
                std::string path = png_dir + "/" + sc.name + "_" + size + "_" + s.cf_name + ".png";
                lv_draw_buf_save_to_png(f.buf, path.c_str());
            }
            lv_draw_buf_destroy(f.buf);
        }
    }
    std::printf("(best of %d frames each)\n", frames);
    return 0;
}
