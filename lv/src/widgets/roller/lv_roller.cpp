/**
 * @file lv_roller.cpp
 * Roller. The options are the text of a child label placed so that the selected line sits in
 * the middle of the content box; the label is drawn in the MAIN style above and below the
 * middle row, and the roller draws the SELECTED part (background and text) in that row.
 * In INFINITE mode the options are repeated LV_ROLLER_INF_PAGES times and the selection is
 * kept on the middle copy, so the roller can turn either way without reaching an end.
 * Dragging moves the label; on release the nearest option is selected (with animation).
 */
#include "core/lv_obj_private.h"

#include <string.h>

namespace {

constexpr uint32_t LV_ROLLER_INF_PAGES = 7;

struct lv_roller_t {
    lv_obj_t obj;
    uint32_t option_cnt;  /* counting the copies in INFINITE mode */
    uint32_t sel_opt_id;
    uint32_t sel_opt_id_ori;
    lv_roller_mode_t mode : 1;
    uint32_t moved : 1;
};

void roller_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void roller_event(const lv_obj_class_t * class_p, lv_event_t * e);
void roller_label_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_roller_class = {
    &lv_obj_class, roller_constructor, nullptr, roller_event, nullptr, "roller",
    LV_SIZE_CONTENT, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_roller_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_roller_label_class = {
    &lv_label_class, nullptr, nullptr, roller_label_event, nullptr, "roller_label",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    0, LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_roller_t * as_roller(const lv_obj_t * obj) { return reinterpret_cast<lv_roller_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_roller(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_roller_class); }
lv_obj_t * get_label(const lv_obj_t * obj) { return lv_obj_get_child(obj, 0); }

uint32_t real_option_count(const lv_roller_t * roller)
{
    return roller->mode == LV_ROLLER_MODE_INFINITE ? roller->option_cnt / LV_ROLLER_INF_PAGES : roller->option_cnt;
}

int32_t row_height(lv_obj_t * obj)
{
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    return lv_font_get_line_height(font) + lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
}

/** The middle row: as high as the average of the MAIN and SELECTED fonts plus the line space. */
void get_sel_area(lv_obj_t * obj, lv_area_t * area)
{
    int32_t main_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    int32_t sel_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_SELECTED));
    int32_t d = (sel_h + main_h) / 2 + lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    area->y1 = obj->coords.y1 + lv_obj_get_height(obj) / 2 - d / 2;
    area->y2 = area->y1 + d;
    area->x1 = obj->coords.x1;
    area->x2 = obj->coords.x2;
}

/** In INFINITE mode: moves the selection to the same option on the middle copy. */
void inf_normalize(lv_obj_t * obj)
{
    lv_roller_t * roller = as_roller(obj);
    if(roller->mode != LV_ROLLER_MODE_INFINITE) return;
    uint32_t real = real_option_count(roller);
    if(real == 0) return;
    roller->sel_opt_id = roller->sel_opt_id % real + (LV_ROLLER_INF_PAGES / 2) * real;
    roller->sel_opt_id_ori = roller->sel_opt_id;
}

void set_label_y(void * label, int32_t y) { lv_obj_set_y(static_cast<lv_obj_t *>(label), y); }

void scroll_anim_done(lv_anim_t * a)
{
    lv_obj_t * obj = lv_obj_get_parent(static_cast<lv_obj_t *>(a->var));
    if(!is_roller(obj)) return;
    lv_roller_t * roller = as_roller(obj);
    if(roller->mode != LV_ROLLER_MODE_INFINITE) return;
    inf_normalize(obj);
    lv_obj_t * label = get_label(obj);
    int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    lv_obj_set_y(label, lv_obj_get_content_height(obj) / 2 - font_h / 2 -
                            static_cast<int32_t>(roller->sel_opt_id) * row_height(obj));
}

/** Places the label: the selected line in the middle, horizontally by the text alignment. */
void refr_position(lv_obj_t * obj, lv_anim_enable_t anim_en)
{
    lv_obj_t * label = get_label(obj);
    if(!label) return;
    lv_roller_t * roller = as_roller(obj);
    uint32_t anim_time = lv_obj_get_style_anim_duration(obj, LV_PART_MAIN);
    if(anim_en == LV_ANIM_OFF || anim_time == 0) inf_normalize(obj);

    lv_obj_update_layout(obj);
    int32_t content_w = lv_obj_get_content_width(obj);
    int32_t label_w = lv_obj_get_width(label);
    switch(lv_obj_calculate_style_text_align(label, LV_PART_MAIN, lv_label_get_text(label))) {
        case LV_TEXT_ALIGN_CENTER: lv_obj_set_x(label, (content_w - label_w) / 2); break;
        case LV_TEXT_ALIGN_RIGHT: lv_obj_set_x(label, content_w - label_w); break;
        default: lv_obj_set_x(label, 0); break;
    }

    int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    int32_t new_y = lv_obj_get_content_height(obj) / 2 - font_h / 2 - static_cast<int32_t>(roller->sel_opt_id) * row_height(obj);
    lv_anim_delete(label, set_label_y);
    if(anim_en == LV_ANIM_OFF || anim_time == 0) {
        lv_obj_set_y(label, new_y);
        return;
    }
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, label);
    lv_anim_set_exec_cb(&a, set_label_y);
    lv_anim_set_values(&a, lv_obj_get_y(label), new_y);
    lv_anim_set_duration(&a, anim_time);
    lv_anim_set_path_cb(&a, lv_anim_path_ease_out);
    lv_anim_set_completed_cb(&a, scroll_anim_done);
    lv_anim_start(&a);
}

void roller_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_roller_t * roller = as_roller(obj);
    roller->mode = LV_ROLLER_MODE_NORMAL;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_t * label = lv_obj_class_create_obj(&lv_roller_label_class, obj);
    lv_obj_class_init_obj(label);
    if(!label) return;
    lv_roller_set_options(obj, "Option 1\nOption 2\nOption 3\nOption 4\nOption 5", LV_ROLLER_MODE_NORMAL);
}

/** The option whose row is nearest the middle for the label's current position. */
uint32_t option_at_label_pos(lv_obj_t * obj)
{
    lv_obj_t * label = get_label(obj);
    int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    int32_t mid = lv_obj_get_content_height(obj) / 2 - font_h / 2;
    int32_t step = row_height(obj);
    int32_t id = (mid - lv_obj_get_y(label) + step / 2) / step;
    int32_t cnt = static_cast<int32_t>(as_roller(obj)->option_cnt);
    if(id < 0) id = 0;
    if(id >= cnt) id = cnt - 1;
    return static_cast<uint32_t>(id < 0 ? 0 : id);
}

void select_and_report(lv_obj_t * obj, uint32_t id)
{
    lv_roller_t * roller = as_roller(obj);
    roller->sel_opt_id = id;
    roller->sel_opt_id_ori = id;
    refr_position(obj, LV_ANIM_ON);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void on_pressing(lv_obj_t * obj)
{
    lv_indev_t * indev = lv_indev_active();
    if(!indev) return;
    lv_point_t v;
    lv_indev_get_vect(indev, &v);
    if(v.y == 0) return;
    lv_obj_t * label = get_label(obj);
    lv_anim_delete(label, set_label_y);
    as_roller(obj)->moved = 1;
    /* keep at least the first/last option reachable in the middle */
    int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    int32_t mid = lv_obj_get_content_height(obj) / 2 - font_h / 2;
    int32_t min_y = mid - static_cast<int32_t>(as_roller(obj)->option_cnt - 1) * row_height(obj);
    int32_t y = lv_obj_get_y(label) + v.y;
    if(y > mid) y = mid;
    if(y < min_y) y = min_y;
    lv_obj_set_y(label, y);
}

void on_released(lv_obj_t * obj)
{
    lv_roller_t * roller = as_roller(obj);
    if(roller->moved) {
        roller->moved = 0;
        select_and_report(obj, option_at_label_pos(obj));
        return;
    }
    lv_indev_t * indev = lv_indev_active();
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_POINTER) return;
    /* a click selects the option under the pointer */
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    lv_obj_t * label = get_label(obj);
    int32_t id = (p.y - label->coords.y1) / row_height(obj);
    if(id < 0 || id >= static_cast<int32_t>(roller->option_cnt)) return;
    select_and_report(obj, static_cast<uint32_t>(id));
}

void on_key(lv_obj_t * obj, uint32_t key)
{
    lv_roller_t * roller = as_roller(obj);
    if((key == LV_KEY_RIGHT || key == LV_KEY_DOWN) && roller->sel_opt_id + 1 < roller->option_cnt) {
        select_and_report(obj, roller->sel_opt_id + 1);
    }
    else if((key == LV_KEY_LEFT || key == LV_KEY_UP) && roller->sel_opt_id > 0) {
        select_and_report(obj, roller->sel_opt_id - 1);
    }
}

void draw_selected_bg(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_SELECTED, &dsc);
    lv_area_t area;
    get_sel_area(obj, &area);
    lv_draw_rect(layer, &dsc, &area);
}

/** The text again in the SELECTED style, clipped to the middle row and moved proportionally. */
void draw_selected_text(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_obj_t * label = get_label(obj);
    if(!label) return;
    lv_area_t sel_area;
    get_sel_area(obj, &sel_area);
    lv_area_t clip;
    if(!lv_area_intersect(&clip, &layer->_clip_area, &sel_area)) return;

    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_SELECTED, &dsc);
    lv_point_t size;
    lv_text_get_size(&size, lv_label_get_text(label), dsc.font, dsc.letter_space, dsc.line_space, lv_obj_get_width(obj),
                     LV_TEXT_FLAG_EXPAND);
    int32_t roller_h = lv_obj_get_height(obj);
    int32_t label_h = lv_obj_get_self_height(label);
    if(label_h <= 0) return;
    /* the label's offset from the middle line as a fraction of its height (x 2^14) */
    int64_t prop = static_cast<int64_t>(label->coords.y1 - (roller_h / 2 + obj->coords.y1)) * 16384 / label_h;
    const lv_font_t * main_font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t corr = (lv_font_get_line_height(dsc.font) - lv_font_get_line_height(main_font)) / 2;
    int64_t scaled = prop * size.y;
    int64_t offset = scaled >= 0 ? scaled / 16384 : -((-scaled + 16383) / 16384); /* rounded down */
    int32_t y = roller_h / 2 + obj->coords.y1 + static_cast<int32_t>(offset) - corr;

    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    lv_area_t txt_area;
    txt_area.x1 = obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    txt_area.x2 = obj->coords.x2 - lv_obj_get_style_pad_right(obj, LV_PART_MAIN) - border;
    txt_area.y1 = y;
    txt_area.y2 = y + size.y;
    dsc.flag = static_cast<lv_text_flag_t>(dsc.flag | LV_TEXT_FLAG_EXPAND);
    dsc.text = lv_label_get_text(label);

    lv_area_t saved = layer->_clip_area;
    layer->_clip_area = clip;
    lv_draw_label(layer, &dsc, &txt_area);
    layer->_clip_area = saved;
}

void roller_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_roller_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_GET_SELF_SIZE: {
            lv_obj_t * label = get_label(obj);
            lv_point_t * p = static_cast<lv_point_t *>(lv_event_get_param(e));
            if(!label || !p) break;
            /* wide enough for the text in the SELECTED font */
            const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_SELECTED);
            lv_point_t size;
            lv_text_get_size(&size, lv_label_get_text(label), font, lv_obj_get_style_text_letter_space(obj, LV_PART_SELECTED),
                             lv_obj_get_style_text_line_space(obj, LV_PART_SELECTED), LV_COORD_MAX, LV_TEXT_FLAG_NONE);
            int32_t label_w = lv_obj_get_width(label);
            p->x = LV_MAX(p->x, LV_MAX(size.x, label_w));
            break;
        }
        case LV_EVENT_STYLE_CHANGED:
            lv_obj_refresh_self_size(obj);
            refr_position(obj, LV_ANIM_OFF);
            break;
        case LV_EVENT_SIZE_CHANGED: refr_position(obj, LV_ANIM_OFF); break;
        case LV_EVENT_PRESSED:
            as_roller(obj)->moved = 0;
            lv_anim_delete(get_label(obj), set_label_y);
            break;
        case LV_EVENT_PRESSING: on_pressing(obj); break;
        case LV_EVENT_RELEASED: on_released(obj); break;
        case LV_EVENT_KEY: on_key(obj, lv_event_get_key(e)); break;
        case LV_EVENT_DRAW_MAIN: draw_selected_bg(obj, lv_event_get_layer(e)); break;
        case LV_EVENT_DRAW_POST: draw_selected_text(obj, lv_event_get_layer(e)); break;
        default: break;
    }
}

/** The label in the MAIN style, except in the middle row (the roller draws that one). */
void draw_label_outside_selection(lv_obj_t * label, lv_layer_t * layer)
{
    lv_obj_t * roller = lv_obj_get_parent(label);
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    lv_obj_init_draw_label_dsc(roller, LV_PART_MAIN, &dsc);
    dsc.text = lv_label_get_text(label);

    lv_area_t saved = layer->_clip_area;
    lv_area_t roller_clip;
    if(!lv_area_intersect(&roller_clip, &saved, &roller->coords)) return;
    lv_area_t sel_area;
    get_sel_area(roller, &sel_area);

    lv_area_t above = {label->coords.x1, label->coords.y1, label->coords.x2, sel_area.y1};
    lv_area_t clip;
    if(lv_area_intersect(&clip, &roller_clip, &above)) {
        layer->_clip_area = clip;
        lv_draw_label(layer, &dsc, &label->coords);
    }
    lv_area_t below = {label->coords.x1, sel_area.y2, label->coords.x2, label->coords.y2};
    if(lv_area_intersect(&clip, &roller_clip, &below)) {
        layer->_clip_area = clip;
        lv_draw_label(layer, &dsc, &label->coords);
    }
    layer->_clip_area = saved;
}

void roller_label_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    if(code == LV_EVENT_DRAW_MAIN) {
        draw_label_outside_selection(lv_event_get_current_target_obj(e), lv_event_get_layer(e));
        return;
    }
    if(lv_obj_event_base(&lv_roller_label_class, e) != LV_RESULT_OK) return;
    if(code == LV_EVENT_SIZE_CHANGED) {
        lv_obj_t * roller = lv_obj_get_parent(lv_event_get_current_target_obj(e));
        if(is_roller(roller)) lv_obj_refresh_self_size(roller);
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_roller_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_roller_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_roller_set_options(lv_obj_t * obj, const char * options, lv_roller_mode_t mode)
{
    if(!is_roller(obj) || !options) return;
    lv_roller_t * roller = as_roller(obj);
    lv_obj_t * label = get_label(obj);
    if(!label) return;

    uint32_t cnt = 1;
    for(const char * c = options; *c; c++) if(*c == '\n') cnt++;
    roller->sel_opt_id = 0;
    roller->sel_opt_id_ori = 0;
    roller->mode = mode;

    if(mode == LV_ROLLER_MODE_NORMAL) {
        roller->option_cnt = cnt;
        lv_label_set_text(label, options);
    }
    else {
        /* the options LV_ROLLER_INF_PAGES times, joined by '\n' */
        size_t len = lv_strlen(options);
        char * text = static_cast<char *>(lv_malloc((len + 1) * LV_ROLLER_INF_PAGES));
        if(!text) return;
        size_t at = 0;
        for(uint32_t page = 0; page < LV_ROLLER_INF_PAGES; page++) {
            lv_memcpy(text + at, options, len);
            at += len;
            text[at++] = '\n';
        }
        text[at - 1] = '\0';
        lv_label_set_text(label, text);
        lv_free(text);
        roller->option_cnt = cnt * LV_ROLLER_INF_PAGES;
        roller->sel_opt_id = (LV_ROLLER_INF_PAGES / 2) * cnt;
        roller->sel_opt_id_ori = roller->sel_opt_id;
    }
    lv_obj_refresh_self_size(obj);
    refr_position(obj, LV_ANIM_OFF);
}

void lv_roller_set_selected(lv_obj_t * obj, uint32_t sel_opt, lv_anim_enable_t anim)
{
    if(!is_roller(obj)) return;
    lv_roller_t * roller = as_roller(obj);
    if(roller->option_cnt == 0) return;
    if(roller->mode == LV_ROLLER_MODE_INFINITE) {
        /* a user index (0..real-1) is moved to the current copy, the short way round */
        uint32_t real = real_option_count(roller);
        if(sel_opt < real) {
            uint32_t page = roller->sel_opt_id / real;
            int32_t act = static_cast<int32_t>(roller->sel_opt_id - page * real);
            int32_t target = static_cast<int32_t>(sel_opt);
            if(LV_ABS(act - target) > static_cast<int32_t>(real / 2)) target += act > target ? static_cast<int32_t>(real) : -static_cast<int32_t>(real);
            int32_t id = target + static_cast<int32_t>(real * page);
            sel_opt = id < 0 ? 0 : static_cast<uint32_t>(id);
        }
    }
    roller->sel_opt_id = sel_opt < roller->option_cnt ? sel_opt : roller->option_cnt - 1;
    roller->sel_opt_id_ori = roller->sel_opt_id;
    refr_position(obj, anim);
}

bool lv_roller_set_selected_str(lv_obj_t * obj, const char * sel_opt, lv_anim_enable_t anim)
{
    if(!is_roller(obj) || !sel_opt) return false;
    const char * opts = lv_roller_get_options(obj);
    size_t want = lv_strlen(sel_opt);
    uint32_t real = real_option_count(as_roller(obj));
    uint32_t id = 0;
    const char * start = opts;
    for(const char * c = opts;; c++) {
        if(*c == '\n' || *c == '\0') {
            if(static_cast<size_t>(c - start) == want && strncmp(start, sel_opt, want) == 0) {
                lv_roller_set_selected(obj, id, anim);
                return true;
            }
            if(*c == '\0' || ++id >= real) break;
            start = c + 1;
        }
    }
    return false;
}

void lv_roller_set_visible_row_count(lv_obj_t * obj, uint32_t row_cnt)
{
    if(!is_roller(obj)) return;
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    lv_obj_set_height(obj, row_height(obj) * static_cast<int32_t>(row_cnt) + border * 2);
}

uint32_t lv_roller_get_selected(const lv_obj_t * obj)
{
    if(!is_roller(obj)) return 0;
    const lv_roller_t * roller = as_roller(obj);
    uint32_t real = real_option_count(roller);
    if(roller->mode == LV_ROLLER_MODE_INFINITE && real) return roller->sel_opt_id % real;
    return roller->sel_opt_id;
}

void lv_roller_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size)
{
    if(!buf || buf_size == 0) return;
    buf[0] = '\0';
    if(!is_roller(obj)) return;
    const char * opts = lv_label_get_text(get_label(obj));
    uint32_t line = 0;
    uint32_t i = 0;
    while(opts[i] != '\0' && line != as_roller(obj)->sel_opt_id) {
        if(opts[i] == '\n') line++;
        i++;
    }
    uint32_t n = 0;
    while(opts[i] != '\0' && opts[i] != '\n' && n + 1 < buf_size) buf[n++] = opts[i++];
    buf[n] = '\0';
}

const char * lv_roller_get_options(const lv_obj_t * obj)
{
    return is_roller(obj) ? lv_label_get_text(get_label(obj)) : "";
}

uint32_t lv_roller_get_option_count(const lv_obj_t * obj)
{
    return is_roller(obj) ? real_option_count(as_roller(obj)) : 0;
}

} // extern "C"
