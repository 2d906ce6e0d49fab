/**
 * @file lv_roller.cpp
 * Roller: a label child holding every option is moved vertically so that the selected
 * line sits in the middle. The roller draws the SELECTED box behind the label (DRAW_MAIN)
 * and the label's text in the SELECTED styles clipped to the box on top (DRAW_POST); the
 * label draws itself only above and below the box. INFINITE mode writes the options
 * INF_PAGES times and keeps the selection on the middle copy.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr uint32_t INF_PAGES = 7;

struct lv_roller_t {
    lv_obj_t obj;
    uint32_t option_cnt; /**< all lines, every copy in INFINITE mode */
    uint32_t sel_opt_id;
    uint32_t sel_opt_id_ori;
    uint32_t inf_page_cnt;
    lv_roller_mode_t mode : 1;
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
    &lv_label_class, nullptr, nullptr, roller_label_event, nullptr, "roller-label",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    0 /* a label */, LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_roller_t * as_roller(const lv_obj_t * obj) { return reinterpret_cast<lv_roller_t *>(const_cast<lv_obj_t *>(obj)); }

lv_obj_t * get_label(const lv_obj_t * obj) { return lv_obj_get_child(obj, 0); }

void set_y_anim(void * obj, int32_t v) { lv_obj_set_y(static_cast<lv_obj_t *>(obj), v); }

void roller_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_roller_t * roller = as_roller(obj);
    roller->mode = LV_ROLLER_MODE_NORMAL;
    roller->option_cnt = 0;
    roller->sel_opt_id = 0;
    roller->sel_opt_id_ori = 0;
    roller->inf_page_cnt = INF_PAGES;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_t * label = lv_obj_class_create_obj(&lv_roller_label_class, obj);
    lv_obj_class_init_obj(label);
    lv_roller_set_options(obj, "Option 1\nOption 2\nOption 3\nOption 4\nOption 5", LV_ROLLER_MODE_NORMAL);
}

struct line_metrics_t {
    int32_t font_h;
    int32_t line_space;
};

line_metrics_t metrics(const lv_obj_t * obj)
{
    return {lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN)),
            lv_obj_get_style_text_line_space(obj, LV_PART_MAIN)};
}

/** The label's y that puts the selected line in the middle of the content. */
int32_t label_y_for_selected(const lv_obj_t * obj)
{
    const line_metrics_t m = metrics(obj);
    const int32_t h = lv_obj_get_content_height(obj);
    return h / 2 - m.font_h / 2 - static_cast<int32_t>(as_roller(obj)->sel_opt_id) * (m.font_h + m.line_space);
}

/** Moves the selection of an INFINITE roller to the middle copy of the options. */
void inf_normalize(lv_obj_t * obj)
{
    lv_roller_t * roller = as_roller(obj);
    if(roller->mode != LV_ROLLER_MODE_INFINITE) return;
    const uint32_t real_cnt = roller->option_cnt / roller->inf_page_cnt;
    if(real_cnt == 0) return;
    const uint32_t mid_page = roller->inf_page_cnt / 2;
    roller->sel_opt_id = roller->sel_opt_id % real_cnt + mid_page * real_cnt;
    roller->sel_opt_id_ori = roller->sel_opt_id_ori % real_cnt + mid_page * real_cnt;
    lv_obj_t * label = get_label(obj);
    if(label) lv_obj_set_y(label, label_y_for_selected(obj));
}

void scroll_anim_completed(lv_anim_t * a)
{
    lv_obj_t * obj = lv_obj_get_parent(static_cast<lv_obj_t *>(a->var));
    inf_normalize(obj);
}

void refr_position(lv_obj_t * obj, lv_anim_enable_t anim_en)
{
    lv_obj_t * label = get_label(obj);
    if(label == nullptr) return;
    const lv_text_align_t align = lv_obj_calculate_style_text_align(label, LV_PART_MAIN, lv_label_get_text(label));
    if(align == LV_TEXT_ALIGN_CENTER) lv_obj_set_x(label, (lv_obj_get_content_width(obj) - lv_obj_get_width(label)) / 2);
    else if(align == LV_TEXT_ALIGN_RIGHT) lv_obj_set_x(label, lv_obj_get_content_width(obj) - lv_obj_get_width(label));
    else lv_obj_set_x(label, 0);

    const uint32_t anim_time = lv_obj_get_style_anim_duration(obj, LV_PART_MAIN);
    if(anim_en == LV_ANIM_OFF || anim_time == 0) inf_normalize(obj);
    const int32_t new_y = label_y_for_selected(obj);
    if(anim_en == LV_ANIM_OFF || anim_time == 0) {
        lv_anim_delete(label, set_y_anim);
        lv_obj_set_y(label, new_y);
        return;
    }
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, label);
    lv_anim_set_exec_cb(&a, set_y_anim);
    lv_anim_set_values(&a, lv_obj_get_y(label), new_y);
    lv_anim_set_duration(&a, anim_time);
    lv_anim_set_completed_cb(&a, scroll_anim_completed);
    lv_anim_set_path_cb(&a, lv_anim_path_ease_out);
    lv_anim_start(&a);
}

lv_area_t sel_area(const lv_obj_t * obj)
{
    const int32_t main_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    const int32_t sel_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_SELECTED));
    const int32_t d = (sel_h + main_h) / 2 + lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    lv_area_t a;
    a.y1 = obj->coords.y1 + lv_obj_get_height(obj) / 2 - d / 2;
    a.y2 = a.y1 + d;
    a.x1 = obj->coords.x1;
    a.x2 = obj->coords.x2;
    return a;
}

void draw_selected_box(lv_obj_t * obj, lv_event_t * e)
{
    const lv_area_t a = sel_area(obj);
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_SELECTED, &dsc);
    lv_draw_rect(lv_event_get_layer(e), &dsc, &a);
}

void draw_selected_text(lv_obj_t * obj, lv_event_t * e)
{
    lv_layer_t * layer = lv_event_get_layer(e);
    const lv_area_t sel = sel_area(obj);
    lv_area_t clip;
    if(!lv_area_intersect(&clip, &layer->_clip_area, &sel)) return;
    lv_obj_t * label = get_label(obj);
    if(label == nullptr) return;
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_SELECTED, &dsc);
    if(lv_label_get_recolor(label)) dsc.flag = static_cast<lv_text_flag_t>(dsc.flag | LV_TEXT_FLAG_RECOLOR);

    lv_point_t sel_size;
    lv_text_get_size(&sel_size, lv_label_get_text(label), dsc.font, dsc.letter_space, dsc.line_space, lv_obj_get_width(obj),
                     LV_TEXT_FLAG_EXPAND);
    /* the selected text moves proportionally with the plain one (fonts may differ) */
    const int32_t roller_h = lv_obj_get_height(obj);
    const int32_t label_h = LV_MAX(lv_obj_get_height(label), 1);
    int32_t prop = label->coords.y1 - (roller_h / 2 + obj->coords.y1);
    prop = prop * 16384 / label_h;
    const lv_font_t * main_font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    const int32_t corr = (lv_font_get_line_height(dsc.font) - lv_font_get_line_height(main_font)) / 2;
    int32_t y = roller_h / 2 + obj->coords.y1 + ((prop * sel_size.y) >> 14) - corr;

    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    lv_area_t a;
    a.x1 = obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    a.x2 = obj->coords.x2 - lv_obj_get_style_pad_right(obj, LV_PART_MAIN) - border;
    a.y1 = y;
    a.y2 = y + sel_size.y;
    dsc.flag = static_cast<lv_text_flag_t>(dsc.flag | LV_TEXT_FLAG_EXPAND);
    dsc.text = lv_label_get_text(label);
    const lv_area_t clip_ori = layer->_clip_area;
    layer->_clip_area = clip;
    lv_draw_label(layer, &dsc, &a);
    layer->_clip_area = clip_ori;
}

/** The plain text, only above and below the selected box. */
void draw_label(lv_obj_t * label, lv_event_t * e)
{
    lv_obj_t * roller = lv_obj_get_parent(label);
    lv_layer_t * layer = lv_event_get_layer(e);
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    lv_obj_init_draw_label_dsc(roller, LV_PART_MAIN, &dsc);
    if(lv_label_get_recolor(label)) dsc.flag = static_cast<lv_text_flag_t>(dsc.flag | LV_TEXT_FLAG_RECOLOR);
    dsc.text = lv_label_get_text(label);

    const lv_area_t clip_ori = layer->_clip_area;
    lv_area_t roller_clip;
    /* shadows or outlines enlarge the drawn area: keep the text inside the roller */
    if(!lv_area_intersect(&roller_clip, &clip_ori, &roller->coords)) return;
    const lv_area_t sel = sel_area(roller);
    lv_area_t parts[2] = {{label->coords.x1, label->coords.y1, label->coords.x2, sel.y1},
                          {label->coords.x1, sel.y2, label->coords.x2, label->coords.y2}};
    for(const lv_area_t & part : parts) {
        lv_area_t clip;
        if(!lv_area_intersect(&clip, &roller_clip, &part)) continue;
        layer->_clip_area = clip;
        lv_draw_label(layer, &dsc, &label->coords);
    }
    layer->_clip_area = clip_ori;
}

int32_t selected_label_width(const lv_obj_t * obj)
{
    lv_obj_t * label = get_label(obj);
    if(label == nullptr) return 0;
    lv_point_t size;
    lv_text_get_size(&size, lv_label_get_text(label), lv_obj_get_style_text_font(obj, LV_PART_SELECTED),
                     lv_obj_get_style_text_letter_space(obj, LV_PART_SELECTED), 0, 1000, LV_TEXT_FLAG_NONE);
    return size.x;
}

void roller_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_roller_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_roller_t * roller = as_roller(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            p->x = LV_MAX(p->x, selected_label_width(obj));
            break;
        }
        case LV_EVENT_STYLE_CHANGED: {
            lv_obj_t * label = get_label(obj);
            if(label) lv_obj_refresh_ext_draw_size(label);
            lv_obj_refresh_self_size(obj);
            refr_position(obj, LV_ANIM_OFF);
            break;
        }
        case LV_EVENT_SIZE_CHANGED:
            refr_position(obj, LV_ANIM_OFF);
            break;
        case LV_EVENT_KEY: {
            const uint32_t key = lv_event_get_key(e);
            if(key == LV_KEY_RIGHT || key == LV_KEY_DOWN) {
                if(roller->sel_opt_id + 1 < roller->option_cnt) {
                    const uint32_t ori = roller->sel_opt_id_ori;
                    lv_roller_set_selected(obj, roller->sel_opt_id + 1, LV_ANIM_ON);
                    roller->sel_opt_id_ori = ori;
                }
            }
            else if(key == LV_KEY_LEFT || key == LV_KEY_UP) {
                if(roller->sel_opt_id > 0) {
                    const uint32_t ori = roller->sel_opt_id_ori;
                    lv_roller_set_selected(obj, roller->sel_opt_id - 1, LV_ANIM_ON);
                    roller->sel_opt_id_ori = ori;
                }
            }
            else if(key == LV_KEY_ENTER && roller->sel_opt_id != roller->sel_opt_id_ori) {
                roller->sel_opt_id_ori = roller->sel_opt_id;
                uint32_t id = lv_roller_get_selected(obj);
                lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &id);
            }
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_selected_box(obj, e);
            break;
        case LV_EVENT_DRAW_POST:
            draw_selected_text(obj, e);
            break;
        default:
            break;
    }
}

void roller_label_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    const lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * label = lv_event_get_current_target_obj(e);
    if(code == LV_EVENT_DRAW_MAIN) {
        draw_label(label, e);
        return;
    }
    if(lv_obj_event_base(&lv_roller_label_class, e) != LV_RESULT_OK) return;
    if(code == LV_EVENT_REFR_EXT_DRAW_SIZE) {
        /* a larger selected font is drawn over the label */
        lv_obj_t * roller = lv_obj_get_parent(label);
        const int32_t main_h = lv_font_get_line_height(lv_obj_get_style_text_font(roller, LV_PART_MAIN));
        const int32_t sel_h = lv_font_get_line_height(lv_obj_get_style_text_font(roller, LV_PART_SELECTED));
        if(sel_h > main_h) lv_event_set_ext_draw_size(e, (sel_h - main_h) / 2);
    }
    else if(code == LV_EVENT_SIZE_CHANGED) {
        refr_position(lv_obj_get_parent(label), LV_ANIM_OFF);
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_roller_create(lv_obj_t * parent) { return lv_widget_create(&lv_roller_class, parent); }

void lv_roller_set_options(lv_obj_t * obj, const char * options, lv_roller_mode_t mode)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return;
    if(options == nullptr) return;
    lv_roller_t * roller = as_roller(obj);
    lv_obj_t * label = get_label(obj);
    roller->sel_opt_id = 0;
    roller->sel_opt_id_ori = 0;
    roller->option_cnt = 1;
    for(const char * p = options; *p; p++)
        if(*p == '\n') roller->option_cnt++;

    if(mode == LV_ROLLER_MODE_NORMAL) {
        roller->mode = LV_ROLLER_MODE_NORMAL;
        lv_label_set_text(label, options);
    }
    else {
        roller->mode = LV_ROLLER_MODE_INFINITE;
        const size_t page_len = lv_strlen(options) + 1; /* each copy ends with "\n" (the last with NUL) */
        char * pages = static_cast<char *>(lv_malloc(page_len * roller->inf_page_cnt));
        if(pages == nullptr) return;
        for(uint32_t i = 0; i < roller->inf_page_cnt; i++) {
            lv_memcpy(&pages[page_len * i], options, page_len - 1);
            pages[page_len * (i + 1) - 1] = '\n';
        }
        pages[page_len * roller->inf_page_cnt - 1] = '\0';
        lv_label_set_text(label, pages);
        lv_free(pages);
        roller->sel_opt_id = (roller->inf_page_cnt / 2) * roller->option_cnt;
        roller->option_cnt *= roller->inf_page_cnt;
        inf_normalize(obj);
    }
    roller->sel_opt_id_ori = roller->sel_opt_id;
    lv_obj_refresh_ext_draw_size(label);
    refr_position(obj, LV_ANIM_OFF);
}

void lv_roller_set_selected(lv_obj_t * obj, uint32_t sel_opt, lv_anim_enable_t anim)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return;
    lv_roller_t * roller = as_roller(obj);
    if(roller->option_cnt == 0) return;
    if(roller->mode == LV_ROLLER_MODE_INFINITE) {
        /* an index within one page is moved to the page shown now (the nearest way round) */
        const uint32_t real_cnt = roller->option_cnt / roller->inf_page_cnt;
        const uint32_t page = roller->sel_opt_id / real_cnt;
        if(sel_opt < real_cnt) {
            const int32_t act = static_cast<int32_t>(roller->sel_opt_id - page * real_cnt);
            int32_t target = static_cast<int32_t>(sel_opt);
            if(LV_ABS(act - target) > static_cast<int32_t>(real_cnt / 2)) target += act > target ? real_cnt : -static_cast<int32_t>(real_cnt);
            sel_opt = static_cast<uint32_t>(target + static_cast<int32_t>(real_cnt * page));
        }
    }
    roller->sel_opt_id = sel_opt < roller->option_cnt ? sel_opt : roller->option_cnt - 1;
    roller->sel_opt_id_ori = roller->sel_opt_id;
    refr_position(obj, anim);
    lv_obj_invalidate(obj);
}

bool lv_roller_set_selected_str(lv_obj_t * obj, const char * sel_opt, lv_anim_enable_t anim)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return {};
    if(sel_opt == nullptr) return false;
    const char * opts = lv_roller_get_options(obj);
    const size_t len = lv_strlen(sel_opt);
    const uint32_t cnt = lv_roller_get_option_count(obj);
    const char * start = opts;
    for(uint32_t i = 0; i < cnt; i++) {
        const char * end = start;
        while(*end && *end != '\n') end++;
        if(static_cast<size_t>(end - start) == len && lv_memcmp(start, sel_opt, len) == 0) {
            lv_roller_set_selected(obj, i, anim);
            return true;
        }
        if(*end == '\0') break;
        start = end + 1;
    }
    return false;
}

void lv_roller_set_visible_row_count(lv_obj_t * obj, uint32_t row_cnt)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return;
    const line_metrics_t m = metrics(obj);
    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    lv_obj_set_height(obj, (m.font_h + m.line_space) * static_cast<int32_t>(row_cnt) + border * 2);
}

uint32_t lv_roller_get_selected(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return {};
    const lv_roller_t * roller = as_roller(obj);
    if(roller->mode == LV_ROLLER_MODE_INFINITE) {
        const uint32_t real_cnt = roller->option_cnt / roller->inf_page_cnt;
        return real_cnt ? roller->sel_opt_id % real_cnt : 0;
    }
    return roller->sel_opt_id;
}

void lv_roller_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return;
    if(buf == nullptr || buf_size == 0) return;
    const char * txt = lv_label_get_text(get_label(obj));
    const uint32_t sel = as_roller(obj)->sel_opt_id;
    uint32_t line = 0;
    size_t i = 0;
    while(txt[i] && line < sel) {
        if(txt[i] == '\n') line++;
        i++;
    }
    uint32_t k = 0;
    while(txt[i] && txt[i] != '\n' && k + 1 < buf_size) buf[k++] = txt[i++];
    buf[k] = '\0';
}

const char * lv_roller_get_options(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return {};
    return lv_label_get_text(get_label(obj));
}

uint32_t lv_roller_get_option_count(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_roller_class)) return {};
    const lv_roller_t * roller = as_roller(obj);
    if(roller->mode == LV_ROLLER_MODE_INFINITE) return roller->option_cnt / roller->inf_page_cnt;
    return roller->option_cnt;
}

} // extern "C"
