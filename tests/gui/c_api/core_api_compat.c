/* LVGL 9.3 core API as C programs use it (C99, lvgl.h only): a transform matrix on an
 * object (lv_example_obj_3's calls, under LV_DRAW_TRANSFORM_USE_MATRIX), the log print
 * callback, version macros, object ids, the OS layer and the containers. Exit status 0 when
 * every check passes; each failed check prints a line. */
#include <stdio.h>
#include <string.h>
#include "lvgl.h"

#if !(LV_DRAW_TRANSFORM_USE_MATRIX && LV_USE_MATRIX && LV_USE_OBJ_ID && LV_USE_LOG && LV_USE_OS == LV_OS_NONE)
#error "the switches of the 9.3 core additions must be on"
#endif
#if !LV_VERSION_CHECK(9, 3, 0)
#error "LV_VERSION_CHECK(9, 3, 0) must hold"
#endif

static int failures;
static int log_lines;

static void check(int ok, const char * what)
{
    if(!ok) {
        printf("FAILED: %s\n", what);
        failures++;
    }
}

static void print_cb(lv_log_level_t level, const char * buf)
{
    (void)level;
    if(strstr(buf, "from C 3")) log_lines++;
}

static void flush_cb(lv_display_t * d, const lv_area_t * a, uint8_t * p)
{
    (void)a;
    (void)p;
    lv_display_flush_ready(d);
}

static int is_red(const uint8_t * fb, int x, int y)
{
    const uint8_t * px = fb + (y * 100 + x) * 4;
    return px[2] > 200 && px[1] < 60 && px[0] < 60;
}

static lv_rb_compare_res_t cmp_int(const void * a, const void * b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (lv_rb_compare_res_t)((x > y) - (x < y));
}

int main(void)
{
    static uint8_t fb[100 * 60 * 4];
    lv_init();
    lv_log_register_print_cb(print_cb);
    LV_LOG_USER("from C %d", 3);
    check(log_lines == 1, "LV_LOG_USER reaches the print callback");

    lv_display_t * disp = lv_display_create(100, 60);
    lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
    lv_display_set_buffers(disp, fb, NULL, sizeof(fb), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, flush_cb);

    lv_obj_t * obj = lv_obj_create(lv_screen_active());
    lv_obj_remove_style_all(obj);
    lv_obj_set_style_bg_color(obj, lv_color_hex(0xff0000), 0);
    lv_obj_set_style_bg_opa(obj, LV_OPA_COVER, 0);
    lv_obj_set_size(obj, 20, 20);
    lv_obj_set_pos(obj, 5, 5);
    lv_matrix_t matrix;
    lv_matrix_identity(&matrix);
    lv_matrix_translate(&matrix, 50, 20);
    lv_matrix_scale(&matrix, 1.5f, 1);
    lv_matrix_rotate(&matrix, 0);
    lv_obj_set_transform(obj, &matrix);
    lv_refr_now(disp);
    check(!is_red(fb, 10, 10), "the object moved away from (10, 10)");
    check(is_red(fb, 60, 30) && is_red(fb, 80, 30), "the object drawn at +50, +20, 1.5 times wider");
    check(!is_red(fb, 87, 30), "and not wider than 30 px");
    lv_obj_reset_transform(obj);
    lv_refr_now(disp);
    check(is_red(fb, 10, 10) && !is_red(fb, 60, 30), "reset_transform draws it where it was");

    lv_obj_set_id(obj, (void *)(lv_uintptr_t)42);
    check(lv_obj_find_by_id(NULL, (void *)(lv_uintptr_t)42) == obj, "find_by_id from the active screen");

    lv_mutex_t mutex;
    check(lv_mutex_init(&mutex) == LV_RESULT_OK && lv_mutex_lock(&mutex) == LV_RESULT_OK, "mutexes without an OS");
    lv_mutex_unlock(&mutex);
    lv_lock();
    lv_unlock();

    lv_ll_t ll;
    lv_ll_init(&ll, sizeof(int));
    *(int *)lv_ll_ins_tail(&ll) = 1;
    *(int *)lv_ll_ins_tail(&ll) = 2;
    int sum = 0;
    void * node;
    LV_LL_READ(&ll, node) sum += *(int *)node;
    check(sum == 3 && lv_ll_get_len(&ll) == 2, "LV_LL_READ walks the list");
    lv_ll_clear(&ll);

    lv_rb_t tree;
    lv_rb_init(&tree, cmp_int, sizeof(int));
    for(int i = 0; i < 10; i++) {
        lv_rb_node_t * n = lv_rb_insert(&tree, &i);
        *(int *)n->data = i;
    }
    int five = 5;
    check(lv_rb_find(&tree, &five) != NULL && *(int *)lv_rb_maximum(&tree)->data == 9, "red-black tree");
    lv_rb_destroy(&tree);

    lv_array_t array;
    lv_array_init(&array, 1, sizeof(int));
    for(int i = 0; i < 5; i++) lv_array_push_back(&array, &i);
    check(lv_array_size(&array) == 5 && *(int *)lv_array_back(&array) == 4, "lv_array grows");
    lv_array_deinit(&array);

    check(lv_version_major() == LVGL_VERSION_MAJOR && lv_version_minor() == LVGL_VERSION_MINOR, "version functions");
    lv_log_register_print_cb(NULL);
    lv_deinit();
    return failures ? 1 : 0;
}
