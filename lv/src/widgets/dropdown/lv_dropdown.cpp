/**
 * @file lv_dropdown.cpp
 * Drop-down list. The closed button draws its text and symbol itself; the list is a
 * separate object holding a label with all the options. It is created hidden on the
 * dropdown's screen, sized to its content (at least as wide as the button, at most the
 * room left on the display) and placed next to the button in the chosen direction, which
 * flips when the other side has more room. The selected option gets a box and text in the
 * list's SELECTED part styles (CHECKED state; PRESSED for the pressed option).
 */
#include "widgets/widgets_common/lv_widgets_common.h"
#include "draw/lv_image_resolve.h"

namespace {

constexpr uint32_t PR_NONE = 0xFFFF;

struct lv_dropdown_t {
    lv_obj_t obj;
    lv_obj_t * list;
    const char * text;
    const void * symbol;
    char * options;
    uint32_t option_cnt;
    uint32_t sel_opt_id;
    uint32_t sel_opt_id_orig;
    uint32_t pr_opt_id;
    lv_dir_t dir : 4;
    uint8_t static_txt : 1;
    uint8_t selected_highlight : 1;
};

struct lv_dropdown_list_t {
    lv_obj_t obj;
    lv_obj_t * dropdown;
};

void dd_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void dd_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void dd_event(const lv_obj_class_t * class_p, lv_event_t * e);
void list_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void list_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void list_event(const lv_obj_class_t * class_p, lv_event_t * e);

const char DEFAULT_OPTIONS[] = "Option 1\nOption 2\nOption 3";

} // namespace

extern "C" const lv_obj_class_t lv_dropdown_class = {
    &lv_obj_class, dd_constructor, dd_destructor, dd_event, nullptr, "dropdown",
    LV_DPI_DEF, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_dropdown_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_dropdownlist_class = {
    &lv_obj_class, list_constructor, list_destructor, list_event, nullptr, "dropdown-list",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_dropdown_list_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_dropdown_t * as_dd(const lv_obj_t * obj) { return reinterpret_cast<lv_dropdown_t *>(const_cast<lv_obj_t *>(obj)); }
lv_dropdown_list_t * as_list(const lv_obj_t * obj)
{
    return reinterpret_cast<lv_dropdown_list_t *>(const_cast<lv_obj_t *>(obj));
}

lv_obj_t * list_label(const lv_dropdown_t * dd)
{
    if(dd->list == nullptr) return nullptr;
    return lv_obj_get_child(dd->list, 0);
}

uint32_t count_options(const char * opts)
{
    if(opts == nullptr || opts[0] == '\0') return 0;
    uint32_t n = 1;
    for(const char * p = opts; *p; p++)
        if(*p == '\n') n++;
    return n;
}

void free_options(lv_dropdown_t * dd)
{
    if(!dd->static_txt) lv_free(dd->options);
    dd->options = nullptr;
}

lv_obj_t * create_list(lv_obj_t * dropdown)
{
    lv_obj_t * list = lv_obj_class_create_obj(&lv_dropdownlist_class, lv_obj_get_screen(dropdown));
    as_list(list)->dropdown = dropdown;
    lv_obj_class_init_obj(list);
    return list;
}

void dd_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_dropdown_t * dd = as_dd(obj);
    dd->list = nullptr;
    dd->text = nullptr;
    dd->symbol = LV_SYMBOL_DOWN;
    dd->options = nullptr;
    dd->option_cnt = 0;
    dd->sel_opt_id = 0;
    dd->sel_opt_id_orig = 0;
    dd->pr_opt_id = PR_NONE;
    dd->dir = LV_DIR_BOTTOM;
    dd->static_txt = 0;
    dd->selected_highlight = 1;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_dropdown_set_options_static(obj, DEFAULT_OPTIONS);
    dd->list = create_list(obj);
}

void dd_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->list) {
        as_list(dd->list)->dropdown = nullptr;
        lv_obj_delete(dd->list);
        dd->list = nullptr;
    }
    free_options(dd);
}

void list_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICK_FOCUSABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_IGNORE_LAYOUT);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_HIDDEN);
    lv_label_create(obj);
}

void list_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_dropdown_list_t * list = as_list(obj);
    if(list->dropdown) as_dd(list->dropdown)->list = nullptr;
}

/** The box of option `id` in the list (in the list's SELECTED part font and line space). */
lv_area_t option_area(lv_dropdown_t * dd, uint32_t id)
{
    lv_obj_t * list = dd->list;
    lv_obj_t * label = list_label(dd);
    const lv_font_t * font = lv_obj_get_style_text_font(list, LV_PART_SELECTED);
    const int32_t line_space = lv_obj_get_style_text_line_space(list, LV_PART_SELECTED);
    const int32_t font_h = lv_font_get_line_height(font);
    lv_area_t a;
    a.y1 = label->coords.y1 + static_cast<int32_t>(id) * (font_h + line_space) - line_space / 2;
    a.y2 = a.y1 + font_h + line_space - 1;
    a.x1 = list->coords.x1;
    a.x2 = list->coords.x2;
    return a;
}

/** Draws option `id`'s box and its text as if the list were in `state`. */
void draw_option(lv_dropdown_t * dd, lv_layer_t * layer, uint32_t id, lv_state_t state)
{
    if(id == PR_NONE || dd->list == nullptr || list_label(dd) == nullptr) return;
    lv_obj_t * list = dd->list;
    const lv_state_t ori = list->state;
    list->state = state;
    list->skip_trans = 1;
    const lv_area_t box = option_area(dd, id);
    lv_draw_rect_dsc_t rect;
    lv_draw_rect_dsc_init(&rect);
    lv_obj_init_draw_rect_dsc(list, LV_PART_SELECTED, &rect);
    lv_draw_rect(layer, &rect, &box);

    lv_draw_label_dsc_t label_dsc;
    lv_draw_label_dsc_init(&label_dsc);
    lv_obj_init_draw_label_dsc(list, LV_PART_SELECTED, &label_dsc);
    label_dsc.line_space = lv_obj_get_style_text_line_space(list, LV_PART_SELECTED);
    lv_area_t clip;
    if(lv_area_intersect(&clip, &layer->_clip_area, &box)) {
        const lv_area_t clip_ori = layer->_clip_area;
        layer->_clip_area = clip;
        lv_obj_t * label = list_label(dd);
        label_dsc.text = lv_label_get_text(label);
        lv_draw_label(layer, &label_dsc, &label->coords);
        layer->_clip_area = clip_ori;
    }
    list->state = ori;
    list->skip_trans = 0;
}

void draw_list_highlight(lv_obj_t * list_obj, lv_event_t * e)
{
    lv_dropdown_list_t * list = as_list(list_obj);
    if(list->dropdown == nullptr) return;
    lv_dropdown_t * dd = as_dd(list->dropdown);
    lv_layer_t * layer = lv_event_get_layer(e);
    lv_area_t clip;
    /* the highlight stays inside the list's box (not on its shadow) */
    if(!lv_area_intersect(&clip, &layer->_clip_area, &list_obj->coords)) return;
    const lv_area_t clip_ori = layer->_clip_area;
    layer->_clip_area = clip;
    if(dd->selected_highlight) {
        if(dd->pr_opt_id == dd->sel_opt_id) {
            draw_option(dd, layer, dd->pr_opt_id, LV_STATE_CHECKED | LV_STATE_PRESSED);
        }
        else {
            draw_option(dd, layer, dd->pr_opt_id, LV_STATE_PRESSED);
            draw_option(dd, layer, dd->sel_opt_id, LV_STATE_CHECKED);
        }
    }
    else {
        draw_option(dd, layer, dd->pr_opt_id, LV_STATE_PRESSED);
    }
    layer->_clip_area = clip_ori;
}

/** The option under a screen y coordinate in the open list. */
uint32_t option_at_y(lv_dropdown_t * dd, int32_t y)
{
    lv_obj_t * label = list_label(dd);
    const lv_font_t * font = lv_obj_get_style_text_font(label, LV_PART_MAIN);
    const int32_t unit = lv_font_get_line_height(font) + lv_obj_get_style_text_line_space(label, LV_PART_MAIN);
    int32_t rel = y - label->coords.y1 + lv_obj_get_style_text_line_space(label, LV_PART_MAIN) / 2;
    if(rel < 0 || unit <= 0) return 0;
    uint32_t id = static_cast<uint32_t>(rel / unit);
    return id >= dd->option_cnt ? (dd->option_cnt ? dd->option_cnt - 1 : 0) : id;
}

void list_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * list_obj = lv_event_get_current_target_obj(e);
    if(code == LV_EVENT_DRAW_POST) {
        draw_list_highlight(list_obj, e);
        lv_obj_event_base(&lv_dropdownlist_class, e);
        return;
    }
    if(lv_obj_event_base(&lv_dropdownlist_class, e) != LV_RESULT_OK) return;
    lv_dropdown_list_t * list = as_list(list_obj);
    if(list->dropdown == nullptr) return;
    lv_obj_t * dd_obj = list->dropdown;
    lv_dropdown_t * dd = as_dd(dd_obj);
    lv_indev_t * indev = lv_indev_active();
    if(code == LV_EVENT_PRESSED && indev) {
        lv_point_t p;
        lv_indev_get_point(indev, &p);
        dd->pr_opt_id = option_at_y(dd, p.y);
        lv_obj_invalidate(list_obj);
    }
    else if(code == LV_EVENT_RELEASED) {
        if(indev && !lv_indev_get_scroll_obj(indev)) {
            lv_point_t p;
            lv_indev_get_point(indev, &p);
            dd->sel_opt_id = option_at_y(dd, p.y);
            dd->sel_opt_id_orig = dd->sel_opt_id;
            dd->pr_opt_id = PR_NONE;
            lv_dropdown_close(dd_obj);
            uint32_t id = dd->sel_opt_id;
            lv_obj_send_event(dd_obj, LV_EVENT_VALUE_CHANGED, &id);
        }
    }
    else if(code == LV_EVENT_SCROLL_BEGIN) {
        dd->pr_opt_id = PR_NONE;
        lv_obj_invalidate(list_obj);
    }
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_dropdown_t * dd = as_dd(obj);
    lv_layer_t * layer = lv_event_get_layer(e);
    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    const int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    const int32_t right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN) + border;
    const int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border;

    char buf[128];
    const char * opt_txt = dd->text;
    if(opt_txt == nullptr) {
        lv_dropdown_get_selected_str(obj, buf, sizeof(buf));
        opt_txt = buf;
    }
    const bool symbol_left = dd->dir == LV_DIR_LEFT || lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;

    if(dd->symbol) {
        lv_draw_label_dsc_t sym_dsc;
        lv_draw_label_dsc_init(&sym_dsc);
        lv_obj_init_draw_label_dsc(obj, LV_PART_INDICATOR, &sym_dsc);
        const bool is_text = lv_image_src_get_type(dd->symbol) == LV_IMAGE_SRC_SYMBOL;
        int32_t sw = 0;
        int32_t sh = 0;
        lv_image_header_t header;
        if(is_text) {
            lv_point_t size;
            lv_text_get_size(&size, static_cast<const char *>(dd->symbol), sym_dsc.font, sym_dsc.letter_space, sym_dsc.line_space,
                             LV_COORD_MAX, sym_dsc.flag);
            sw = size.x;
            sh = size.y;
        }
        else if(const lv_image_dsc_t * img = lv_image_cache_resolve(dd->symbol)) {
            header = img->header;
            sw = header.w;
            sh = header.h;
        }
        lv_area_t sa;
        sa.x1 = symbol_left ? obj->coords.x1 + left : obj->coords.x2 - right - sw;
        sa.x2 = sa.x1 + sw - 1;
        if(is_text) {
            sa.y1 = obj->coords.y1 + top;
            sa.y2 = sa.y1 + sh - 1;
            sym_dsc.text = static_cast<const char *>(dd->symbol);
            lv_draw_label(layer, &sym_dsc, &sa);
        }
        else if(sw > 0) {
            sa.y1 = obj->coords.y1 + (lv_obj_get_height(obj) - sh) / 2;
            sa.y2 = sa.y1 + sh - 1;
            lv_draw_image_dsc_t img;
            lv_draw_image_dsc_init(&img);
            lv_obj_init_draw_image_dsc(obj, LV_PART_INDICATOR, &img);
            img.pivot.x = sw / 2;
            img.pivot.y = sh / 2;
            img.rotation = lv_obj_get_style_transform_rotation(obj, LV_PART_INDICATOR);
            img.src = dd->symbol;
            lv_draw_image(layer, &img, &sa);
        }
    }

    lv_draw_label_dsc_t label_dsc;
    lv_draw_label_dsc_init(&label_dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &label_dsc);
    lv_point_t size;
    lv_text_get_size(&size, opt_txt, label_dsc.font, label_dsc.letter_space, label_dsc.line_space, LV_COORD_MAX, label_dsc.flag);
    lv_area_t ta;
    ta.y1 = obj->coords.y1 + top;
    ta.y2 = ta.y1 + size.y;
    if(dd->symbol == nullptr) ta.x1 = obj->coords.x1 + (lv_obj_get_width(obj) - size.x) / 2;
    else if(symbol_left) ta.x1 = obj->coords.x2 - right - size.x;
    else ta.x1 = obj->coords.x1 + left;
    ta.x2 = ta.x1 + size.x;
    label_dsc.text = opt_txt;
    lv_draw_label(layer, &label_dsc, &ta);
}

void position_to_selected(lv_dropdown_t * dd, lv_anim_enable_t anim)
{
    lv_obj_t * label = list_label(dd);
    if(label == nullptr) return;
    if(lv_obj_get_height(label) <= lv_obj_get_content_height(dd->list)) return;
    const lv_font_t * font = lv_obj_get_style_text_font(label, LV_PART_MAIN);
    const int32_t unit = lv_font_get_line_height(font) + lv_obj_get_style_text_line_space(label, LV_PART_MAIN);
    lv_obj_scroll_to_y(dd->list, static_cast<int32_t>(dd->sel_opt_id) * unit, anim);
    lv_obj_invalidate(dd->list);
}

void dd_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_dropdown_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_dropdown_t * dd = as_dd(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_FOCUSED:
            break;
        case LV_EVENT_DEFOCUSED:
        case LV_EVENT_LEAVE:
            lv_dropdown_close(obj);
            break;
        case LV_EVENT_CLICKED:
            if(lv_dropdown_is_open(obj)) {
                if(dd->sel_opt_id != dd->sel_opt_id_orig) {
                    dd->sel_opt_id_orig = dd->sel_opt_id;
                    uint32_t id = dd->sel_opt_id;
                    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &id);
                }
                lv_dropdown_close(obj);
            }
            else {
                lv_dropdown_open(obj);
            }
            break;
        case LV_EVENT_KEY: {
            uint32_t key = lv_event_get_key(e);
            if(key == LV_KEY_RIGHT || key == LV_KEY_DOWN) {
                if(!lv_dropdown_is_open(obj)) lv_dropdown_open(obj);
                else if(dd->sel_opt_id + 1 < dd->option_cnt) {
                    dd->sel_opt_id++;
                    position_to_selected(dd, LV_ANIM_ON);
                }
            }
            else if(key == LV_KEY_LEFT || key == LV_KEY_UP) {
                if(!lv_dropdown_is_open(obj)) lv_dropdown_open(obj);
                else if(dd->sel_opt_id > 0) {
                    dd->sel_opt_id--;
                    position_to_selected(dd, LV_ANIM_ON);
                }
            }
            else if(key == LV_KEY_ESC) {
                dd->sel_opt_id = dd->sel_opt_id_orig;
                lv_dropdown_close(obj);
            }
            else if(key == LV_KEY_ENTER) {
                lv_obj_send_event(obj, LV_EVENT_CLICKED, nullptr);
            }
            break;
        }
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
            p->y = LV_MAX(p->y, lv_font_get_line_height(font));
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_dropdown_create(lv_obj_t * parent) { return lv_widget_create(&lv_dropdown_class, parent); }

void lv_dropdown_set_text(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->text == txt) return;
    dd->text = txt;
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_options(lv_obj_t * obj, const char * options)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    char * copy = lv_widget_strdup(options ? options : "");
    if(copy == nullptr) return;
    free_options(dd);
    dd->options = copy;
    dd->static_txt = 0;
    dd->option_cnt = count_options(copy);
    dd->sel_opt_id = 0;
    dd->sel_opt_id_orig = 0;
    if(lv_dropdown_is_open(obj)) lv_label_set_text_static(list_label(dd), dd->options);
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_options_static(lv_obj_t * obj, const char * options)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    free_options(dd);
    dd->options = const_cast<char *>(options ? options : "");
    dd->static_txt = 1;
    dd->option_cnt = count_options(dd->options);
    dd->sel_opt_id = 0;
    dd->sel_opt_id_orig = 0;
    if(lv_dropdown_is_open(obj)) lv_label_set_text_static(list_label(dd), dd->options);
    lv_obj_invalidate(obj);
}

void lv_dropdown_add_option(lv_obj_t * obj, const char * option, uint32_t pos)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    if(option == nullptr) return;
    lv_dropdown_t * dd = as_dd(obj);
    const char * old = dd->options ? dd->options : "";
    const size_t old_len = lv_strlen(old);
    const size_t opt_len = lv_strlen(option);
    char * buf = static_cast<char *>(lv_malloc(old_len + opt_len + 2));
    if(buf == nullptr) return;
    /* find the byte where option number `pos` starts */
    size_t at = old_len;
    if(dd->option_cnt == 0) at = 0;
    else if(pos < dd->option_cnt) {
        uint32_t n = 0;
        at = 0;
        while(n < pos && at < old_len) {
            if(old[at] == '\n') n++;
            at++;
        }
    }
    size_t k = 0;
    lv_memcpy(buf, old, at);
    k = at;
    if(dd->option_cnt > 0 && at == old_len) buf[k++] = '\n';
    lv_memcpy(buf + k, option, opt_len);
    k += opt_len;
    if(dd->option_cnt > 0 && at < old_len) buf[k++] = '\n';
    lv_memcpy(buf + k, old + at, old_len - at);
    k += old_len - at;
    buf[k] = '\0';
    free_options(dd);
    dd->options = buf;
    dd->static_txt = 0;
    dd->option_cnt++;
    if(lv_dropdown_is_open(obj)) lv_label_set_text_static(list_label(dd), dd->options);
    lv_obj_invalidate(obj);
}

void lv_dropdown_clear_options(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    free_options(dd);
    dd->options = const_cast<char *>("");
    dd->static_txt = 1;
    dd->option_cnt = 0;
    dd->sel_opt_id = 0;
    dd->sel_opt_id_orig = 0;
    if(lv_dropdown_is_open(obj)) lv_label_set_text_static(list_label(dd), dd->options);
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_selected(lv_obj_t * obj, uint32_t sel_opt)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->option_cnt == 0) return;
    if(sel_opt >= dd->option_cnt) sel_opt = dd->option_cnt - 1;
    dd->sel_opt_id = sel_opt;
    dd->sel_opt_id_orig = sel_opt;
    if(lv_dropdown_is_open(obj)) position_to_selected(dd, LV_ANIM_OFF);
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_dir(lv_obj_t * obj, lv_dir_t dir)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->dir == dir) return;
    dd->dir = dir;
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_symbol(lv_obj_t * obj, const void * symbol)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    as_dd(obj)->symbol = symbol;
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_selected_highlight(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    dd->selected_highlight = en ? 1 : 0;
    if(dd->list) lv_obj_invalidate(dd->list);
}

lv_obj_t * lv_dropdown_get_list(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return as_dd(obj)->list;
}
const char * lv_dropdown_get_text(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return as_dd(obj)->text;
}

const char * lv_dropdown_get_options(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    const char * o = as_dd(obj)->options;
    return o ? o : "";
}

uint32_t lv_dropdown_get_selected(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return as_dd(obj)->sel_opt_id;
}
uint32_t lv_dropdown_get_option_count(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return as_dd(obj)->option_cnt;
}

void lv_dropdown_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    if(buf == nullptr || buf_size == 0) return;
    const lv_dropdown_t * dd = as_dd(obj);
    buf[0] = '\0';
    const char * o = dd->options;
    if(o == nullptr) return;
    uint32_t line = 0;
    size_t i = 0;
    while(o[i] && line < dd->sel_opt_id) {
        if(o[i] == '\n') line++;
        i++;
    }
    uint32_t k = 0;
    while(o[i] && o[i] != '\n' && k + 1 < buf_size) buf[k++] = o[i++];
    buf[k] = '\0';
}

int32_t lv_dropdown_get_option_index(lv_obj_t * obj, const char * option)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    const char * o = as_dd(obj)->options;
    if(o == nullptr || option == nullptr) return -1;
    const size_t len = lv_strlen(option);
    int32_t idx = 0;
    const char * start = o;
    while(true) {
        const char * end = start;
        while(*end && *end != '\n') end++;
        if(static_cast<size_t>(end - start) == len && lv_memcmp(start, option, len) == 0) return idx;
        if(*end == '\0') return -1;
        start = end + 1;
        idx++;
    }
}

const char * lv_dropdown_get_symbol(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return static_cast<const char *>(as_dd(obj)->symbol);
}
bool lv_dropdown_get_selected_highlight(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return as_dd(obj)->selected_highlight;
}
lv_dir_t lv_dropdown_get_dir(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    return as_dd(obj)->dir;
}

void lv_dropdown_open(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->list == nullptr) dd->list = create_list(obj);
    if(dd->list == nullptr) return;
    lv_obj_t * list = dd->list;
    lv_obj_add_state(obj, LV_STATE_CHECKED);
    lv_obj_set_parent(list, lv_obj_get_screen(obj));
    lv_obj_move_to_index(list, -1);
    lv_obj_remove_flag(list, LV_OBJ_FLAG_HIDDEN);
    /* lets the application style the list */
    lv_obj_send_event(obj, LV_EVENT_READY, nullptr);

    lv_obj_t * label = list_label(dd);
    lv_label_set_text_static(label, dd->options ? dd->options : "");
    lv_obj_set_width(list, LV_SIZE_CONTENT);
    lv_obj_update_layout(label);
    if(lv_obj_get_width(list) <= lv_obj_get_width(obj) && (dd->dir == LV_DIR_TOP || dd->dir == LV_DIR_BOTTOM)) {
        lv_obj_set_width(list, lv_obj_get_width(obj));
    }

    lv_display_t * disp = lv_obj_get_display(obj);
    const int32_t ver_res = lv_display_get_vertical_resolution(disp);
    const int32_t list_fit_h = lv_obj_get_height(label) + lv_obj_get_style_pad_top(list, LV_PART_MAIN) +
                               lv_obj_get_style_pad_bottom(list, LV_PART_MAIN) +
                               2 * lv_obj_get_style_border_width(list, LV_PART_MAIN);
    int32_t list_h = list_fit_h;
    lv_dir_t dir = dd->dir;
    if(dd->dir == LV_DIR_BOTTOM && obj->coords.y2 + list_h > ver_res) {
        if(obj->coords.y1 > ver_res - obj->coords.y2) {
            dir = LV_DIR_TOP;
            list_h = obj->coords.y1 - 1;
        }
        else {
            list_h = ver_res - obj->coords.y2 - 1;
        }
    }
    else if(dd->dir == LV_DIR_TOP && obj->coords.y1 - list_h < 0) {
        if(obj->coords.y1 < ver_res - obj->coords.y2) {
            dir = LV_DIR_BOTTOM;
            list_h = ver_res - obj->coords.y2;
        }
        else {
            list_h = obj->coords.y1;
        }
    }
    if(list_h > list_fit_h) list_h = list_fit_h;
    lv_obj_set_height(list, list_h);
    position_to_selected(dd, LV_ANIM_OFF);

    if(dir == LV_DIR_BOTTOM) lv_obj_align_to(list, obj, LV_ALIGN_OUT_BOTTOM_LEFT, 0, 0);
    else if(dir == LV_DIR_TOP) lv_obj_align_to(list, obj, LV_ALIGN_OUT_TOP_LEFT, 0, 0);
    else if(dir == LV_DIR_LEFT) lv_obj_align_to(list, obj, LV_ALIGN_OUT_LEFT_TOP, 0, 0);
    else if(dir == LV_DIR_RIGHT) lv_obj_align_to(list, obj, LV_ALIGN_OUT_RIGHT_TOP, 0, 0);
    lv_obj_update_layout(list);

    if(dd->dir == LV_DIR_LEFT || dd->dir == LV_DIR_RIGHT) {
        const int32_t y1 = lv_obj_get_y(list);
        const int32_t y2 = lv_obj_get_y2(list);
        if(y2 >= ver_res) lv_obj_set_y(list, y1 - (y2 - ver_res) - 1);
    }
    const lv_text_align_t align = lv_obj_calculate_style_text_align(label, LV_PART_MAIN, dd->options);
    if(align == LV_TEXT_ALIGN_RIGHT) lv_obj_align(label, LV_ALIGN_TOP_RIGHT, 0, 0);
    else if(align == LV_TEXT_ALIGN_CENTER) lv_obj_align(label, LV_ALIGN_TOP_MID, 0, 0);
    else lv_obj_align(label, LV_ALIGN_TOP_LEFT, 0, 0);
}

void lv_dropdown_close(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return;
    lv_dropdown_t * dd = as_dd(obj);
    lv_obj_remove_state(obj, LV_STATE_CHECKED);
    dd->pr_opt_id = PR_NONE;
    if(dd->list) lv_obj_add_flag(dd->list, LV_OBJ_FLAG_HIDDEN);
    lv_obj_send_event(obj, LV_EVENT_CANCEL, nullptr);
}

bool lv_dropdown_is_open(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_dropdown_class)) return {};
    lv_dropdown_t * dd = as_dd(obj);
    return dd->list && !lv_obj_has_flag(dd->list, LV_OBJ_FLAG_HIDDEN);
}

} // extern "C"
