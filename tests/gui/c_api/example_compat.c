/* LVGL's C example programs, in the form they are written (C99, lvgl.h only, guarded by
 * LV_USE_<WIDGET> && LV_BUILD_EXAMPLES, images declared with LV_IMAGE_DECLARE, logging with
 * LV_LOG_USER, 8.x type names): this file must compile as C and draw what it asks for.
 * Exit status 0 when every check passes; each failed check prints a line. */
#include <stdio.h>
#include <string.h>
#include "lvgl.h"

#if !(LV_USE_IMAGEBUTTON && LV_USE_ANIMIMG && LV_USE_OBSERVER && LV_USE_CALENDAR_HEADER_DROPDOWN && LV_BUILD_EXAMPLES)
#error "the switches LVGL's examples test must be on for what the engine implements"
#endif

LV_IMAGE_DECLARE(test_red_square)
LV_IMG_DECLARE(test_red_square)
LV_FONT_DECLARE(lv_font_montserrat_14)

static uint8_t red_pixels[4 * 4 * 4];
const lv_img_dsc_t test_red_square = {
    {LV_IMAGE_HEADER_MAGIC, LV_COLOR_FORMAT_ARGB8888, 0, 4, 4, 16, 0}, sizeof(red_pixels), red_pixels, NULL, NULL,
};

/* static tables as the examples write them */
static const lv_color_t palette_table[] = {LV_COLOR_MAKE(0x10, 0x20, 0x30), LV_COLOR_MAKE(0xFF, 0, 0)};
static LV_ATTRIBUTE_MEM_ALIGN uint8_t canvas_buf[LV_CANVAS_BUF_SIZE(10, 10, 32, 4)];
LV_DRAW_BUF_DEFINE(small_buf, 4, 4, LV_COLOR_FORMAT_ARGB8888);

static int failures;
static int clicked;

static void check(int ok, const char * what)
{
    if(!ok) {
        printf("FAILED: %s\n", what);
        failures++;
    }
}

static void event_cb(lv_event_t * e)
{
    if(lv_event_get_code(e) == LV_EVENT_CLICKED) {
        LV_LOG_USER("Clicked %d", 1);
        clicked++;
    }
}

static void flush_cb(lv_display_t * d, const lv_area_t * a, uint8_t * p)
{
    (void)a;
    (void)p;
    lv_display_flush_ready(d);
}

int main(void)
{
    static uint8_t fb[100 * 60 * 4];
    for(unsigned i = 0; i < sizeof(red_pixels); i += 4) {
        red_pixels[i + 2] = 0xFF; /* B, G, R, A */
        red_pixels[i + 3] = 0xFF;
    }
    lv_init();
    lv_display_t * disp = lv_display_create(100, 60);
    lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
    lv_display_set_buffers(disp, fb, NULL, sizeof(fb), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, flush_cb);

    lv_obj_t * img = lv_image_create(lv_scr_act());
    lv_image_set_src(img, &test_red_square);
    lv_obj_set_pos(img, 10, 20);
    lv_obj_t * ib = lv_imagebutton_create(lv_screen_active());
    lv_imagebutton_set_src(ib, LV_IMAGEBUTTON_STATE_RELEASED, NULL, &test_red_square, NULL);
    lv_obj_set_pos(ib, 50, 20);
    lv_obj_add_event_cb(ib, event_cb, LV_EVENT_ALL, NULL);
    lv_obj_send_event(ib, LV_EVENT_CLICKED, NULL);
    lv_refr_now(disp);

    const uint8_t * px = fb + (22 * 100 + 12) * 4;
    check(px[2] == 0xFF && px[1] == 0 && px[0] == 0, "image drawn red at (12, 22)");
    px = fb + (22 * 100 + 52) * 4;
    check(px[2] == 0xFF && px[1] == 0 && px[0] == 0, "image button's middle image drawn at (52, 22)");
    check(lv_obj_get_height(ib) == 4 && lv_obj_get_width(ib) == 4, "image button sized by its middle image");
    check(clicked == 1, "event callback called");
    check(lv_image_get_src(img) == &test_red_square, "source kept");
    lv_image_header_t header;
    check(lv_image_decoder_get_info(&test_red_square, &header) == LV_RESULT_OK && header.w == 4 && header.h == 4,
          "lv_image_decoder_get_info reads the header");
    check(lv_image_decoder_get_info("Z:no_driver.png", &header) == LV_RESULT_INVALID, "no info for an unknown file");

    /* the observer examples: a static subject, a label bound to it, printf-style updates */
    static lv_subject_t text_subject;
    static char buf[16], prev[16];
    lv_subject_init_string(&text_subject, buf, prev, sizeof(buf), "none");
    lv_obj_t * label = lv_label_create(lv_screen_active());
    lv_label_bind_text(label, &text_subject, "Fruit: %s");
    lv_subject_snprintf(&text_subject, "%d apples and more", 3);
    check(strcmp(lv_label_get_text(label), "Fruit: 3 apples and mo") == 0, "label follows lv_subject_snprintf, cut at 16");
    check(strcmp(lv_subject_get_previous_string(&text_subject), "none") == 0, "previous text kept");
    /* format macros, the default display's size, color and buffer macros */
    char text[LV_FS_MAX_PATH_LENGTH];
    lv_snprintf(text, sizeof(text), "%" LV_PRId32 "/%" LV_PRIu32 "/%" LV_PRIx32, (int32_t)-5, (uint32_t)7, (uint32_t)255);
    check(strcmp(text, "-5/7/ff") == 0, "LV_PRId32, LV_PRIu32, LV_PRIx32 with lv_snprintf");
    check(LV_HOR_RES == 100 && LV_VER_RES == 60, "LV_HOR_RES / LV_VER_RES are the default display's size");
    check(palette_table[0].red == 0x10 && palette_table[0].green == 0x20 && palette_table[0].blue == 0x30,
          "LV_COLOR_MAKE(r, g, b) fills red, green, blue");
    check(lv_color_eq(palette_table[1], lv_color_hex(0xFF0000)), "LV_COLOR_MAKE matches lv_color_hex");
    check(sizeof(canvas_buf) == 10 * 10 * 4 + LV_DRAW_BUF_ALIGN, "LV_CANVAS_BUF_SIZE of a 10x10 32-bit canvas");
    check(small_buf.header.w == 4 && small_buf.header.h == 4, "LV_DRAW_BUF_DEFINE (9.1 name) defines a draw buffer");
    printf("%d failures\n", failures);
    return failures ? 1 : 0;
}
