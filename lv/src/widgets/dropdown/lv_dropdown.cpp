/**
 * @file lv_dropdown.cpp
 * Drop-down list. The button draws its text (the selected option or a fixed text) and the
 * symbol (INDICATOR part) itself. The list is a separate object on the button's screen,
 * hidden while closed, holding a label with all the options; it draws the selected and the
 * pressed option with its SELECTED part (in the CHECKED / PRESSED state) over that label.
 * The list is deleted with the button; if the screen deletes the list first, the button
 * forgets it.
 */
#include "core/lv_obj_private.h"

#include <string.h>

namespace {

constexpr uint32_t PR_NONE = 0xFFFF;

struct lv_dropdown_t {
    lv_obj_t obj;
    lv_obj_t * list;
    char * text;           /* fixed text (copied), or NULL */
    const void * symbol;   /* image source, or symbol_copy */
    char * symbol_copy;    /* a symbol text is copied */
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

void dropdown_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void dropdown_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void dropdown_event(const lv_obj_class_t * class_p, lv_event_t * e);
void list_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void list_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void list_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_dropdown_class = {
    &lv_obj_class, dropdown_constructor, dropdown_destructor, dropdown_event, nullptr, "dropdown",
    (LV_DPI_DEF * 5) / 4, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_dropdown_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_dropdownlist_class = {
    &lv_obj_class, list_constructor, list_destructor, list_event, nullptr, "dropdown_list",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_dropdown_list_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_dropdown_t * as_dd(const lv_obj_t * obj) { return reinterpret_cast<lv_dropdown_t *>(const_cast<lv_obj_t *>(obj)); }
lv_dropdown_list_t * as_list(const lv_obj_t * obj) { return reinterpret_cast<lv_dropdown_list_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_dd(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_dropdown_class); }

lv_obj_t * list_label(const lv_dropdown_t * dd) { return dd->list ? lv_obj_get_child(dd->list, 0) : nullptr; }
const char * options_of(const lv_dropdown_t * dd) { return dd->options ? dd->options : ""; }

char * dup_text(const char * txt)
{
    size_t n = lv_strlen(txt);
    char * copy = static_cast<char *>(lv_malloc(n + 1));
    if(copy) lv_memcpy(copy, txt, n + 1);
    return copy;
}

uint32_t count_options(const char * opts)
{
    if(opts[0] == '\0') return 0;
    uint32_t cnt = 1;
    for(const char * c = opts; *c; c++) if(*c == '\n') cnt++;
    return cnt;
}

/** Copies option number id into buf (at most buf_size - 1 bytes). */
void copy_option(const char * opts, uint32_t id, char * buf, uint32_t buf_size)
{
    if(!buf || buf_size == 0) return;
    uint32_t line = 0, i = 0;
    while(opts[i] != '\0' && line != id) {
        if(opts[i] == '\n') line++;
        i++;
    }
    uint32_t n = 0;
    while(opts[i] != '\0' && opts[i] != '\n' && n + 1 < buf_size) buf[n++] = opts[i++];
    buf[n] = '\0';
}

void free_options(lv_dropdown_t * dd)
{
    if(!dd->static_txt) lv_free(dd->options);
    dd->options = nullptr;
}

void dropdown_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_dropdown_t * dd = as_dd(obj);
    dd->dir = LV_DIR_BOTTOM;
    dd->symbol = LV_SYMBOL_DOWN;
    dd->selected_highlight = 1;
    dd->pr_opt_id = PR_NONE;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);

    lv_obj_t * list = lv_obj_class_create_obj(&lv_dropdownlist_class, lv_obj_get_screen(obj));
    lv_obj_class_init_obj(list);
    if(list) {
        as_list(list)->dropdown = obj;
        dd->list = list;
    }
    lv_dropdown_set_options_static(obj, "Option 1\nOption 2\nOption 3");
}

void dropdown_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->list) {
        as_list(dd->list)->dropdown = nullptr;
        lv_obj_t * list = dd->list;
        dd->list = nullptr;
        lv_obj_delete(list);
    }
    free_options(dd);
    lv_free(dd->text);
    lv_free(dd->symbol_copy);
    dd->text = dd->symbol_copy = nullptr;
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
    lv_obj_t * dd = as_list(obj)->dropdown;
    if(dd && is_dd(dd)) as_dd(dd)->list = nullptr;
}

/** Scrolls the list so the selected option is at its top. */
void position_to_selected(lv_dropdown_t * dd)
{
    lv_obj_t * label = list_label(dd);
    if(!label) return;
    const lv_font_t * font = lv_obj_get_style_text_font(label, LV_PART_MAIN);
    int32_t unit_h = lv_font_get_line_height(font) + lv_obj_get_style_text_line_space(label, LV_PART_MAIN);
    lv_obj_scroll_to_y(dd->list, static_cast<int32_t>(dd->sel_opt_id) * unit_h, LV_ANIM_OFF);
    lv_obj_invalidate(dd->list);
}

/** The option row id of the list label, in the list's SELECTED style for `state`. */
void option_row(lv_dropdown_t * dd, uint32_t id, lv_area_t * area, lv_draw_label_dsc_t * label_dsc)
{
    lv_obj_t * list = dd->list;
    lv_obj_t * label = list_label(dd);
    lv_obj_init_draw_label_dsc(list, LV_PART_SELECTED, label_dsc);
    label_dsc->line_space = lv_obj_get_style_text_line_space(list, LV_PART_SELECTED);
    int32_t font_h = lv_font_get_line_height(label_dsc->font);
    area->y1 = label->coords.y1 + static_cast<int32_t>(id) * (font_h + label_dsc->line_space) - label_dsc->line_space / 2;
    area->y2 = area->y1 + font_h + label_dsc->line_space - 1;
    area->x1 = list->coords.x1;
    area->x2 = list->coords.x2;
}

/** Draws option id highlighted: the SELECTED background and its text, as the list looks in `state`. */
void draw_option(lv_dropdown_t * dd, lv_layer_t * layer, uint32_t id, lv_state_t state)
{
    if(id == PR_NONE || id >= dd->option_cnt || !list_label(dd)) return;
    lv_obj_t * list = dd->list;
    lv_state_t saved_state = list->state;
    list->state = state;
    list->skip_trans = 1;

    lv_draw_label_dsc_t label_dsc;
    lv_draw_label_dsc_init(&label_dsc);
    lv_area_t row;
    option_row(dd, id, &row, &label_dsc);
    lv_draw_rect_dsc_t rect;
    lv_draw_rect_dsc_init(&rect);
    lv_obj_init_draw_rect_dsc(list, LV_PART_SELECTED, &rect);
    lv_draw_rect(layer, &rect, &row);

    lv_area_t clip;
    if(lv_area_intersect(&clip, &layer->_clip_area, &row)) {
        lv_area_t saved_clip = layer->_clip_area;
        layer->_clip_area = clip;
        lv_obj_t * label = list_label(dd);
        label_dsc.text = lv_label_get_text(label);
        lv_draw_label(layer, &label_dsc, &label->coords);
        layer->_clip_area = saved_clip;
    }
    list->state = saved_state;
    list->skip_trans = 0;
}

void draw_list_selection(lv_obj_t * list, lv_layer_t * layer)
{
    lv_obj_t * dd_obj = as_list(list)->dropdown;
    if(!dd_obj) return;
    lv_dropdown_t * dd = as_dd(dd_obj);
    lv_area_t clip;
    if(!lv_area_intersect(&clip, &layer->_clip_area, &list->coords)) return;
    lv_area_t saved = layer->_clip_area;
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
    layer->_clip_area = saved;
}

/** The option of the list under the pointer, or PR_NONE. */
uint32_t option_under_pointer(lv_dropdown_t * dd)
{
    lv_indev_t * indev = lv_indev_active();
    lv_obj_t * label = list_label(dd);
    if(!indev || !label) return PR_NONE;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    const lv_font_t * font = lv_obj_get_style_text_font(label, LV_PART_MAIN);
    int32_t line_space = lv_obj_get_style_text_line_space(label, LV_PART_MAIN);
    int32_t unit_h = lv_font_get_line_height(font) + line_space;
    int32_t y = p.y - label->coords.y1 + line_space / 2;
    if(y < 0) return 0;
    uint32_t id = static_cast<uint32_t>(y / unit_h);
    return id < dd->option_cnt ? id : dd->option_cnt - 1;
}

void list_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_obj_t * list = lv_event_get_current_target_obj(e);
    if(lv_event_get_code(e) == LV_EVENT_DRAW_POST) {
        /* the highlight goes under the post-drawn border (clip_corner draws the border last) */
        draw_list_selection(list, lv_event_get_layer(e));
        lv_obj_event_base(&lv_dropdownlist_class, e);
        return;
    }
    if(lv_obj_event_base(&lv_dropdownlist_class, e) != LV_RESULT_OK) return;
    lv_obj_t * dd_obj = as_list(list)->dropdown;
    if(!dd_obj) return;
    lv_dropdown_t * dd = as_dd(dd_obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_PRESSED:
        case LV_EVENT_PRESSING: {
            lv_indev_t * indev = lv_indev_active();
            if(indev && lv_indev_get_scroll_obj(indev)) {
                dd->pr_opt_id = PR_NONE; /* scrolling the list, not choosing */
            }
            else {
                dd->pr_opt_id = option_under_pointer(dd);
            }
            lv_obj_invalidate(list);
            break;
        }
        case LV_EVENT_RELEASED: {
            lv_indev_t * indev = lv_indev_active();
            if(indev && lv_indev_get_scroll_obj(indev)) break;
            uint32_t id = option_under_pointer(dd);
            dd->pr_opt_id = PR_NONE;
            if(id == PR_NONE) break;
            bool changed = id != dd->sel_opt_id;
            dd->sel_opt_id = dd->sel_opt_id_orig = id;
            lv_dropdown_close(dd_obj);
            lv_obj_invalidate(dd_obj);
            if(changed) lv_obj_send_event(dd_obj, LV_EVENT_VALUE_CHANGED, nullptr);
            break;
        }
        case LV_EVENT_SCROLL_BEGIN:
            dd->pr_opt_id = PR_NONE;
            lv_obj_invalidate(list);
            break;
        default: break;
    }
}

void draw_button(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_dropdown_t * dd = as_dd(obj);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    int32_t right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN) + border;
    int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border;

    lv_draw_label_dsc_t symbol_dsc;
    lv_draw_label_dsc_init(&symbol_dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_INDICATOR, &symbol_dsc);

    /* the text: the fixed text or the selected option */
    char sel_buf[128];
    const char * txt = dd->text;
    if(!txt) {
        copy_option(options_of(dd), dd->sel_opt_id, sel_buf, sizeof(sel_buf));
        txt = sel_buf;
    }

    bool symbol_left = dd->dir == LV_DIR_LEFT || lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    if(dd->symbol) {
        lv_image_src_t type = lv_image_src_get_type(dd->symbol);
        int32_t sym_w, sym_h;
        if(type == LV_IMAGE_SRC_SYMBOL) {
            lv_point_t size;
            lv_text_get_size(&size, static_cast<const char *>(dd->symbol), symbol_dsc.font, symbol_dsc.letter_space,
                             symbol_dsc.line_space, LV_COORD_MAX, symbol_dsc.flag);
            sym_w = size.x;
            sym_h = size.y;
        }
        else {
            /* only in-memory images can be drawn (no file decoding) */
            const lv_image_dsc_t * img = type == LV_IMAGE_SRC_VARIABLE ? static_cast<const lv_image_dsc_t *>(dd->symbol) : nullptr;
            sym_w = img ? img->header.w : 0;
            sym_h = img ? img->header.h : 0;
        }
        lv_area_t area;
        area.x1 = symbol_left ? obj->coords.x1 + left : obj->coords.x2 - right - sym_w;
        area.x2 = area.x1 + sym_w - 1;
        if(type == LV_IMAGE_SRC_SYMBOL) {
            area.y1 = obj->coords.y1 + top;
            area.y2 = area.y1 + sym_h - 1;
            symbol_dsc.text = static_cast<const char *>(dd->symbol);
            lv_draw_label(layer, &symbol_dsc, &area);
        }
        else if(sym_w > 0) {
            area.y1 = obj->coords.y1 + (lv_obj_get_height(obj) - sym_h) / 2;
            area.y2 = area.y1 + sym_h - 1;
            lv_draw_image_dsc_t img;
            lv_draw_image_dsc_init(&img);
            lv_obj_init_draw_image_dsc(obj, LV_PART_INDICATOR, &img);
            img.src = dd->symbol;
            lv_draw_image(layer, &img, &area);
        }
    }

    lv_draw_label_dsc_t label_dsc;
    lv_draw_label_dsc_init(&label_dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &label_dsc);
    lv_point_t size;
    lv_text_get_size(&size, txt, label_dsc.font, label_dsc.letter_space, label_dsc.line_space, LV_COORD_MAX, label_dsc.flag);
    lv_area_t txt_area;
    txt_area.y1 = obj->coords.y1 + top;
    txt_area.y2 = txt_area.y1 + size.y;
    if(!dd->symbol) txt_area.x1 = obj->coords.x1 + (lv_obj_get_width(obj) - size.x) / 2; /* centred */
    else if(symbol_left) txt_area.x1 = obj->coords.x2 - right - size.x;
    else txt_area.x1 = obj->coords.x1 + left;
    txt_area.x2 = txt_area.x1 + size.x;
    label_dsc.text = txt;
    if(txt == sel_buf) label_dsc.text_local = 1;
    lv_draw_label(layer, &label_dsc, &txt_area);
}

void move_selection(lv_obj_t * obj, int32_t step)
{
    lv_dropdown_t * dd = as_dd(obj);
    if(!lv_dropdown_is_open(obj)) {
        lv_dropdown_open(obj);
        return;
    }
    int32_t id = static_cast<int32_t>(dd->sel_opt_id) + step;
    if(id < 0 || id >= static_cast<int32_t>(dd->option_cnt)) return;
    dd->sel_opt_id = static_cast<uint32_t>(id);
    position_to_selected(dd);
}

void on_key(lv_obj_t * obj, uint32_t key)
{
    lv_dropdown_t * dd = as_dd(obj);
    switch(key) {
        case LV_KEY_RIGHT:
        case LV_KEY_DOWN: move_selection(obj, 1); break;
        case LV_KEY_LEFT:
        case LV_KEY_UP: move_selection(obj, -1); break;
        case LV_KEY_ESC:
            dd->sel_opt_id = dd->sel_opt_id_orig;
            lv_dropdown_close(obj);
            break;
        case LV_KEY_ENTER: {
            if(!lv_dropdown_is_open(obj)) {
                lv_dropdown_open(obj);
                break;
            }
            bool changed = dd->sel_opt_id != dd->sel_opt_id_orig;
            dd->sel_opt_id_orig = dd->sel_opt_id;
            lv_dropdown_close(obj);
            if(changed) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
            break;
        }
        default: break;
    }
}

void dropdown_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_dropdown_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_dropdown_t * dd = as_dd(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_CLICKED: {
            lv_indev_t * indev = lv_indev_active();
            if(indev && lv_indev_get_type(indev) != LV_INDEV_TYPE_POINTER && lv_indev_get_type(indev) != LV_INDEV_TYPE_BUTTON) break;
            if(lv_dropdown_is_open(obj)) lv_dropdown_close(obj);
            else lv_dropdown_open(obj);
            break;
        }
        case LV_EVENT_DEFOCUSED:
        case LV_EVENT_LEAVE: lv_dropdown_close(obj); break;
        case LV_EVENT_KEY: on_key(obj, lv_event_get_key(e)); break;
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = static_cast<lv_point_t *>(lv_event_get_param(e));
            const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
            if(p) p->y = lv_font_get_line_height(font);
            break;
        }
        case LV_EVENT_DRAW_MAIN: draw_button(obj, lv_event_get_layer(e)); break;
        case LV_EVENT_DELETE:
            if(dd->list) lv_obj_add_flag(dd->list, LV_OBJ_FLAG_HIDDEN);
            break;
        default: break;
    }
}

/** After the options changed: new count, the list's label follows. */
void options_changed(lv_obj_t * obj)
{
    lv_dropdown_t * dd = as_dd(obj);
    dd->option_cnt = count_options(options_of(dd));
    if(dd->sel_opt_id >= dd->option_cnt) dd->sel_opt_id = dd->option_cnt ? dd->option_cnt - 1 : 0;
    dd->sel_opt_id_orig = dd->sel_opt_id;
    lv_obj_t * label = list_label(dd);
    if(label) lv_label_set_text_static(label, options_of(dd));
    lv_obj_invalidate(obj);
}

} // namespace

extern "C" {

lv_obj_t * lv_dropdown_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_dropdown_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_dropdown_set_text(lv_obj_t * obj, const char * txt)
{
    if(!is_dd(obj)) return;
    lv_dropdown_t * dd = as_dd(obj);
    lv_free(dd->text);
    dd->text = txt ? dup_text(txt) : nullptr;
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_options(lv_obj_t * obj, const char * options)
{
    if(!is_dd(obj) || !options) return;
    lv_dropdown_t * dd = as_dd(obj);
    char * copy = dup_text(options);
    if(!copy) return;
    free_options(dd);
    dd->options = copy;
    dd->static_txt = 0;
    dd->sel_opt_id = 0;
    options_changed(obj);
}

void lv_dropdown_set_options_static(lv_obj_t * obj, const char * options)
{
    if(!is_dd(obj) || !options) return;
    lv_dropdown_t * dd = as_dd(obj);
    free_options(dd);
    dd->options = const_cast<char *>(options);
    dd->static_txt = 1;
    dd->sel_opt_id = 0;
    options_changed(obj);
}

void lv_dropdown_add_option(lv_obj_t * obj, const char * option, uint32_t pos)
{
    if(!is_dd(obj) || !option) return;
    lv_dropdown_t * dd = as_dd(obj);
    const char * old = options_of(dd);
    size_t old_len = lv_strlen(old);
    size_t add_len = lv_strlen(option);
    char * grown = static_cast<char *>(lv_malloc(old_len + add_len + 2));
    if(!grown) return;
    /* the byte where option number pos starts (or the end) */
    size_t at = 0;
    uint32_t line = 0;
    if(dd->option_cnt == 0) at = 0;
    else if(pos >= dd->option_cnt) at = old_len;
    else {
        while(old[at] != '\0' && line < pos) {
            if(old[at] == '\n') line++;
            at++;
        }
    }
    size_t w = 0;
    lv_memcpy(grown, old, at);
    w = at;
    if(dd->option_cnt > 0 && at == old_len) grown[w++] = '\n';
    lv_memcpy(grown + w, option, add_len);
    w += add_len;
    if(dd->option_cnt > 0 && at < old_len) grown[w++] = '\n';
    lv_memcpy(grown + w, old + at, old_len - at);
    w += old_len - at;
    grown[w] = '\0';
    free_options(dd);
    dd->options = grown;
    dd->static_txt = 0;
    options_changed(obj);
}

void lv_dropdown_clear_options(lv_obj_t * obj)
{
    if(!is_dd(obj)) return;
    lv_dropdown_t * dd = as_dd(obj);
    free_options(dd);
    dd->options = const_cast<char *>("");
    dd->static_txt = 1;
    dd->sel_opt_id = 0;
    options_changed(obj);
}

void lv_dropdown_set_selected(lv_obj_t * obj, uint32_t sel_opt)
{
    if(!is_dd(obj)) return;
    lv_dropdown_t * dd = as_dd(obj);
    if(dd->option_cnt == 0) return;
    dd->sel_opt_id = sel_opt < dd->option_cnt ? sel_opt : dd->option_cnt - 1;
    dd->sel_opt_id_orig = dd->sel_opt_id;
    if(lv_dropdown_is_open(obj)) position_to_selected(dd);
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_dir(lv_obj_t * obj, lv_dir_t dir)
{
    if(!is_dd(obj) || as_dd(obj)->dir == dir) return;
    as_dd(obj)->dir = dir;
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_symbol(lv_obj_t * obj, const void * symbol)
{
    if(!is_dd(obj)) return;
    lv_dropdown_t * dd = as_dd(obj);
    lv_free(dd->symbol_copy);
    dd->symbol_copy = nullptr;
    dd->symbol = nullptr;
    if(symbol && lv_image_src_get_type(symbol) == LV_IMAGE_SRC_SYMBOL) {
        dd->symbol_copy = dup_text(static_cast<const char *>(symbol));
        dd->symbol = dd->symbol_copy;
    }
    else {
        dd->symbol = symbol;
    }
    lv_obj_invalidate(obj);
}

void lv_dropdown_set_selected_highlight(lv_obj_t * obj, bool en)
{
    if(!is_dd(obj)) return;
    as_dd(obj)->selected_highlight = en ? 1U : 0U;
    if(as_dd(obj)->list) lv_obj_invalidate(as_dd(obj)->list);
}

lv_obj_t * lv_dropdown_get_list(lv_obj_t * obj) { return is_dd(obj) ? as_dd(obj)->list : nullptr; }
const char * lv_dropdown_get_text(lv_obj_t * obj) { return is_dd(obj) ? as_dd(obj)->text : nullptr; }
const char * lv_dropdown_get_options(const lv_obj_t * obj) { return is_dd(obj) ? options_of(as_dd(obj)) : ""; }
uint32_t lv_dropdown_get_selected(const lv_obj_t * obj) { return is_dd(obj) ? as_dd(obj)->sel_opt_id : 0; }
uint32_t lv_dropdown_get_option_count(const lv_obj_t * obj) { return is_dd(obj) ? as_dd(obj)->option_cnt : 0; }
lv_dir_t lv_dropdown_get_dir(const lv_obj_t * obj) { return is_dd(obj) ? as_dd(obj)->dir : LV_DIR_BOTTOM; }
bool lv_dropdown_get_selected_highlight(lv_obj_t * obj) { return is_dd(obj) && as_dd(obj)->selected_highlight; }

const char * lv_dropdown_get_symbol(lv_obj_t * obj)
{
    return is_dd(obj) ? static_cast<const char *>(as_dd(obj)->symbol) : nullptr;
}

void lv_dropdown_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size)
{
    if(!buf || buf_size == 0) return;
    buf[0] = '\0';
    if(!is_dd(obj)) return;
    copy_option(options_of(as_dd(obj)), as_dd(obj)->sel_opt_id, buf, buf_size);
}

int32_t lv_dropdown_get_option_index(lv_obj_t * obj, const char * option)
{
    if(!is_dd(obj) || !option) return -1;
    const char * opts = options_of(as_dd(obj));
    size_t want = lv_strlen(option);
    int32_t id = 0;
    const char * start = opts;
    for(const char * c = opts;; c++) {
        if(*c == '\n' || *c == '\0') {
            if(static_cast<size_t>(c - start) == want && strncmp(start, option, want) == 0) return id;
            if(*c == '\0') break;
            id++;
            start = c + 1;
        }
    }
    return -1;
}

void lv_dropdown_open(lv_obj_t * obj)
{
    if(!is_dd(obj) || !as_dd(obj)->list) return;
    lv_dropdown_t * dd = as_dd(obj);
    lv_obj_t * list = dd->list;
    lv_obj_add_state(obj, LV_STATE_CHECKED);
    lv_obj_set_parent(list, lv_obj_get_screen(obj));
    lv_obj_move_to_index(list, -1);
    lv_obj_remove_flag(list, LV_OBJ_FLAG_HIDDEN);
    lv_obj_send_event(obj, LV_EVENT_READY, nullptr); /* lets the application style the list */
    if(!dd->list) return;

    lv_obj_t * label = list_label(dd);
    if(!label) return;
    lv_label_set_text_static(label, options_of(dd));
    lv_obj_set_width(list, LV_SIZE_CONTENT);
    lv_obj_update_layout(label);
    /* at least as wide as the button when it opens up or down */
    if(lv_obj_get_width(list) <= lv_obj_get_width(obj) && (dd->dir == LV_DIR_TOP || dd->dir == LV_DIR_BOTTOM)) {
        lv_obj_set_width(list, lv_obj_get_width(obj));
    }

    int32_t border = lv_obj_get_style_border_width(list, LV_PART_MAIN);
    int32_t top = lv_obj_get_style_pad_top(list, LV_PART_MAIN) + border;
    int32_t bottom = lv_obj_get_style_pad_bottom(list, LV_PART_MAIN) + border;
    int32_t fit_h = lv_obj_get_height(label) + top + bottom;
    int32_t list_h = fit_h;
    int32_t ver_res = lv_display_get_vertical_resolution(lv_obj_get_display(obj));

    /* open to the other side when there is more room there */
    lv_dir_t dir = dd->dir;
    if(dir == LV_DIR_BOTTOM && obj->coords.y2 + list_h > ver_res) {
        if(obj->coords.y1 > ver_res - obj->coords.y2) {
            dir = LV_DIR_TOP;
            list_h = obj->coords.y1 - 1;
        }
        else {
            list_h = ver_res - obj->coords.y2 - 1;
        }
    }
    else if(dir == LV_DIR_TOP && obj->coords.y1 - list_h < 0) {
        if(obj->coords.y1 < ver_res - obj->coords.y2) {
            dir = LV_DIR_BOTTOM;
            list_h = ver_res - obj->coords.y2;
        }
        else {
            list_h = obj->coords.y1;
        }
    }
    if(list_h > fit_h) list_h = fit_h;
    lv_obj_set_height(list, list_h);
    position_to_selected(dd);

    switch(dir) {
        case LV_DIR_TOP: lv_obj_align_to(list, obj, LV_ALIGN_OUT_TOP_LEFT, 0, 0); break;
        case LV_DIR_LEFT: lv_obj_align_to(list, obj, LV_ALIGN_OUT_LEFT_TOP, 0, 0); break;
        case LV_DIR_RIGHT: lv_obj_align_to(list, obj, LV_ALIGN_OUT_RIGHT_TOP, 0, 0); break;
        default: lv_obj_align_to(list, obj, LV_ALIGN_OUT_BOTTOM_LEFT, 0, 0); break;
    }
    lv_obj_update_layout(list);
    if(dd->dir == LV_DIR_LEFT || dd->dir == LV_DIR_RIGHT) {
        int32_t y2 = lv_obj_get_y2(list);
        if(y2 >= ver_res) lv_obj_set_y(list, lv_obj_get_y(list) - (y2 - ver_res) - 1);
    }

    switch(lv_obj_calculate_style_text_align(label, LV_PART_MAIN, options_of(dd))) {
        case LV_TEXT_ALIGN_RIGHT: lv_obj_align(label, LV_ALIGN_TOP_RIGHT, 0, 0); break;
        case LV_TEXT_ALIGN_CENTER: lv_obj_align(label, LV_ALIGN_TOP_MID, 0, 0); break;
        default: lv_obj_align(label, LV_ALIGN_TOP_LEFT, 0, 0); break;
    }
}

void lv_dropdown_close(lv_obj_t * obj)
{
    if(!is_dd(obj)) return;
    lv_dropdown_t * dd = as_dd(obj);
    lv_obj_remove_state(obj, LV_STATE_CHECKED);
    dd->pr_opt_id = PR_NONE;
    if(dd->list) lv_obj_add_flag(dd->list, LV_OBJ_FLAG_HIDDEN);
    lv_obj_send_event(obj, LV_EVENT_CANCEL, nullptr);
}

bool lv_dropdown_is_open(lv_obj_t * obj)
{
    return is_dd(obj) && as_dd(obj)->list && !lv_obj_has_flag(as_dd(obj)->list, LV_OBJ_FLAG_HIDDEN);
}

} // extern "C"
