/**
 * @file lv_calendar.cpp
 * Calendar: a flex column holding a button matrix of 7 day names and 6 weeks of 7 days
 * (days of the neighbouring months disabled). Day names and other months' days are drawn
 * without background and border; highlighted days get a 40% primary background, today a
 * primary border one pixel wider (custom control bits mark them).
 */
#include "widgets/buttonmatrix/lv_buttonmatrix_private.h"

#include <stdio.h>

namespace {

constexpr uint32_t CTRL_TODAY = LV_BUTTONMATRIX_CTRL_CUSTOM_1;
constexpr uint32_t CTRL_HIGHLIGHT = LV_BUTTONMATRIX_CTRL_CUSTOM_2;

const char * const day_names_def[7] = {"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"};
const char * const month_names[12] = {"January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};

struct lv_calendar_t {
    lv_obj_t obj;
    lv_obj_t * btnm;
    lv_calendar_date_t today;
    lv_calendar_date_t showed_date;
    lv_calendar_date_t * highlighted_dates;
    size_t highlighted_dates_num;
    const char * map[8 * 7];
    char nums[7 * 6][4];
};

void calendar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void header_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_calendar_class = {
    &lv_obj_class, calendar_constructor, nullptr, nullptr, nullptr, "calendar",
    (LV_DPI_DEF * 3) / 2, (LV_DPI_DEF * 3) / 2, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_calendar_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_calendar_header_arrow_class = {
    &lv_obj_class, header_constructor, nullptr, nullptr, nullptr, "calendar_header_arrow",
    LV_PCT(100), LV_DPI_DEF / 3, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_calendar_t * as_cal(const lv_obj_t * obj) { return reinterpret_cast<lv_calendar_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_cal(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_calendar_class) && as_cal(obj)->btnm; }

bool is_leap_year(uint32_t year) { return !((year % 4) || ((year % 100 == 0) && (year % 400))); }

/** Days of a month; month may be 0 (December of the year before) or 13 (January after). */
uint32_t month_length(int32_t year, int32_t month)
{
    month--;
    if(month < 0) {
        year--;
        month += 12;
    }
    if(month >= 12) {
        year++;
        month -= 12;
    }
    return month == 1 ? 28U + (is_leap_year(static_cast<uint32_t>(year)) ? 1U : 0U) : 31U - static_cast<uint32_t>(month % 7 % 2);
}

/** 0 = Sunday. */
uint32_t day_of_week(uint32_t year, uint32_t month, uint32_t day)
{
    uint32_t a = month < 3 ? 1 : 0;
    uint32_t b = year - a;
    return (day + (31 * (month - 2 + 12 * a) / 12) + b + (b / 4) - (b / 100) + (b / 400)) % 7;
}

void highlight_update(lv_obj_t * obj)
{
    lv_calendar_t * cal = as_cal(obj);
    lv_buttonmatrix_clear_button_ctrl_all(cal->btnm, static_cast<lv_buttonmatrix_ctrl_t>(CTRL_TODAY | CTRL_HIGHLIGHT));
    uint32_t first = day_of_week(cal->showed_date.year, static_cast<uint32_t>(cal->showed_date.month), 1);
    for(size_t i = 0; cal->highlighted_dates && i < cal->highlighted_dates_num; i++) {
        const lv_calendar_date_t & d = cal->highlighted_dates[i];
        if(d.year == cal->showed_date.year && d.month == cal->showed_date.month && d.day >= 1) {
            lv_buttonmatrix_set_button_ctrl(cal->btnm, static_cast<uint32_t>(d.day - 1) + first + 7,
                                            static_cast<lv_buttonmatrix_ctrl_t>(CTRL_HIGHLIGHT));
        }
    }
    if(cal->showed_date.year == cal->today.year && cal->showed_date.month == cal->today.month && cal->today.day >= 1) {
        lv_buttonmatrix_set_button_ctrl(cal->btnm, static_cast<uint32_t>(cal->today.day - 1) + first + 7,
                                        static_cast<lv_buttonmatrix_ctrl_t>(CTRL_TODAY));
    }
    lv_obj_invalidate(cal->btnm);
}

/** Day names and other months' days: no box; highlighted: 40% primary; today: primary border. */
void day_rect_hook(lv_obj_t * btnm, uint32_t id, lv_draw_rect_dsc_t * rect)
{
    if(id < 7 || lv_buttonmatrix_has_button_ctrl(btnm, id, LV_BUTTONMATRIX_CTRL_DISABLED)) {
        rect->bg_opa = LV_OPA_TRANSP;
        rect->border_opa = LV_OPA_TRANSP;
    }
    lv_color_t primary = lv_theme_get_color_primary(btnm);
    if(lv_buttonmatrix_has_button_ctrl(btnm, id, static_cast<lv_buttonmatrix_ctrl_t>(CTRL_HIGHLIGHT))) {
        rect->border_color = primary;
        rect->bg_opa = lv_buttonmatrix_get_selected_button(btnm) == id ? LV_OPA_70 : LV_OPA_40;
        rect->bg_color = primary;
    }
    if(lv_buttonmatrix_has_button_ctrl(btnm, id, static_cast<lv_buttonmatrix_ctrl_t>(CTRL_TODAY))) {
        rect->border_opa = LV_OPA_COVER;
        rect->border_color = primary;
        rect->border_width += 1;
    }
}

void calendar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_calendar_t * cal = as_cal(obj);
    cal->today = {2024, 1, 1};
    cal->showed_date = {2024, 1, 1};
    uint32_t j = 0;
    for(uint32_t i = 0; i < 8 * 7; i++) {
        if(i != 0 && (i + 1) % 8 == 0) cal->map[i] = "\n"; /* every 8th entry ends a row */
        else if(i < 7) cal->map[i] = day_names_def[i];
        else {
            cal->nums[j][0] = 'x';
            cal->nums[j][1] = '\0';
            cal->map[i] = cal->nums[j++];
        }
    }
    cal->map[8 * 7 - 1] = "";

    cal->btnm = lv_buttonmatrix_create(obj);
    if(!cal->btnm) return;
    lv_buttonmatrix_set_map(cal->btnm, cal->map);
    lv_buttonmatrix_set_button_ctrl_all(cal->btnm, static_cast<lv_buttonmatrix_ctrl_t>(LV_BUTTONMATRIX_CTRL_CLICK_TRIG | LV_BUTTONMATRIX_CTRL_NO_REPEAT));
    reinterpret_cast<lv_buttonmatrix_t *>(cal->btnm)->button_rect_hook = day_rect_hook;
    lv_obj_set_width(cal->btnm, LV_PCT(100));
    lv_obj_add_flag(cal->btnm, LV_OBJ_FLAG_EVENT_BUBBLE);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_flex_grow(cal->btnm, 1);
    lv_obj_set_style_text_align(obj, LV_TEXT_ALIGN_CENTER, LV_PART_MAIN);
    lv_calendar_set_month_shown(obj, cal->showed_date.year, static_cast<uint32_t>(cal->showed_date.month));
    lv_calendar_set_today_date(obj, cal->today.year, static_cast<uint32_t>(cal->today.month), static_cast<uint32_t>(cal->today.day));
}

void header_update_label(lv_obj_t * header)
{
    lv_obj_t * cal = lv_obj_get_parent(header);
    if(!is_cal(cal)) return;
    const lv_calendar_date_t * d = lv_calendar_get_showed_date(cal);
    lv_obj_t * label = lv_obj_get_child(header, 1);
    if(label && d->month >= 1 && d->month <= 12) lv_label_set_text_fmt(label, "%d %s", d->year, month_names[d->month - 1]);
}

void header_month_clicked(lv_event_t * e)
{
    lv_obj_t * btn = lv_event_get_current_target_obj(e);
    lv_obj_t * header = lv_obj_get_parent(btn);
    lv_obj_t * cal = lv_obj_get_parent(header);
    if(!is_cal(cal)) return;
    lv_calendar_date_t d = *lv_calendar_get_showed_date(cal);
    if(lv_obj_get_child(header, 0) == btn) {
        if(d.month == 1) {
            d.month = 12;
            d.year--;
        }
        else d.month--;
    }
    else {
        if(d.month == 12) {
            d.month = 1;
            d.year++;
        }
        else d.month++;
    }
    lv_calendar_set_month_shown(cal, d.year, static_cast<uint32_t>(d.month));
    header_update_label(header);
}

void header_value_changed(lv_event_t * e)
{
    header_update_label(lv_event_get_current_target_obj(e));
}

void header_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_move_to_index(obj, 0);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(obj, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_START);

    lv_obj_t * prev = lv_button_create(obj);
    if(!prev) return;
    lv_obj_set_style_bg_image_src(prev, LV_SYMBOL_LEFT, 0);
    lv_obj_set_height(prev, LV_PCT(100));
    lv_obj_update_layout(prev);
    int32_t size = lv_obj_get_height(prev);
    lv_obj_set_width(prev, size);
    lv_obj_add_event_cb(prev, header_month_clicked, LV_EVENT_CLICKED, nullptr);
    lv_obj_remove_flag(prev, LV_OBJ_FLAG_CLICK_FOCUSABLE);

    lv_obj_t * label = lv_label_create(obj);
    if(label) {
        lv_label_set_long_mode(label, LV_LABEL_LONG_MODE_SCROLL_CIRCULAR);
        lv_obj_set_style_text_align(label, LV_TEXT_ALIGN_CENTER, 0);
        lv_obj_set_flex_grow(label, 1);
    }

    lv_obj_t * next = lv_button_create(obj);
    if(next) {
        lv_obj_set_style_bg_image_src(next, LV_SYMBOL_RIGHT, 0);
        lv_obj_set_size(next, size, size);
        lv_obj_add_event_cb(next, header_month_clicked, LV_EVENT_CLICKED, nullptr);
        lv_obj_remove_flag(next, LV_OBJ_FLAG_CLICK_FOCUSABLE);
    }
    lv_obj_add_event_cb(obj, header_value_changed, LV_EVENT_VALUE_CHANGED, nullptr);
    header_update_label(obj);
}

} // namespace

extern "C" {

lv_obj_t * lv_calendar_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_calendar_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_calendar_set_today_date(lv_obj_t * obj, uint32_t year, uint32_t month, uint32_t day)
{
    if(!is_cal(obj)) return;
    as_cal(obj)->today = {static_cast<uint16_t>(year), static_cast<int8_t>(month), static_cast<int8_t>(day)};
    highlight_update(obj);
}

void lv_calendar_set_highlighted_dates(lv_obj_t * obj, lv_calendar_date_t highlighted[], size_t date_num)
{
    if(!is_cal(obj)) return;
    as_cal(obj)->highlighted_dates = highlighted;
    as_cal(obj)->highlighted_dates_num = highlighted ? date_num : 0;
    highlight_update(obj);
}

void lv_calendar_set_day_names(lv_obj_t * obj, const char ** day_names)
{
    if(!is_cal(obj) || !day_names) return;
    for(uint32_t i = 0; i < 7; i++) as_cal(obj)->map[i] = day_names[i] ? day_names[i] : "";
    lv_buttonmatrix_set_map(as_cal(obj)->btnm, as_cal(obj)->map);
    lv_obj_invalidate(obj);
}

void lv_calendar_set_month_shown(lv_obj_t * obj, uint32_t year, uint32_t month)
{
    if(!is_cal(obj) || month < 1 || month > 12) return;
    lv_calendar_t * cal = as_cal(obj);
    cal->showed_date = {static_cast<uint16_t>(year), static_cast<int8_t>(month), 1};

    lv_buttonmatrix_clear_button_ctrl_all(cal->btnm, LV_BUTTONMATRIX_CTRL_DISABLED);
    for(uint32_t i = 0; i < 7; i++) lv_buttonmatrix_set_button_ctrl(cal->btnm, i, LV_BUTTONMATRIX_CTRL_DISABLED);

    uint32_t len = month_length(static_cast<int32_t>(year), static_cast<int32_t>(month));
    uint32_t first = day_of_week(year, month, 1);
    for(uint32_t i = first, c = 1; i < len + first; i++, c++) snprintf(cal->nums[i], sizeof(cal->nums[0]), "%u", c);
    uint32_t prev_len = month_length(static_cast<int32_t>(year), static_cast<int32_t>(month) - 1);
    for(uint32_t i = 0, c = prev_len - first + 1; i < first; i++, c++) {
        snprintf(cal->nums[i], sizeof(cal->nums[0]), "%u", c);
        lv_buttonmatrix_set_button_ctrl(cal->btnm, i + 7, LV_BUTTONMATRIX_CTRL_DISABLED);
    }
    for(uint32_t i = first + len, c = 1; i < 6 * 7; i++, c++) {
        snprintf(cal->nums[i], sizeof(cal->nums[0]), "%u", c);
        lv_buttonmatrix_set_button_ctrl(cal->btnm, i + 7, LV_BUTTONMATRIX_CTRL_DISABLED);
    }
    highlight_update(obj);
    if(lv_buttonmatrix_get_selected_button(cal->btnm) != LV_BUTTONMATRIX_BUTTON_NONE) {
        lv_buttonmatrix_set_selected_button(cal->btnm, first + 7);
    }
    lv_obj_invalidate(obj);
    /* headers show the new month */
    uint32_t n = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * child = lv_obj_get_child(obj, static_cast<int32_t>(i));
        if(child != cal->btnm) lv_obj_send_event(child, LV_EVENT_VALUE_CHANGED, obj);
    }
}

lv_obj_t * lv_calendar_get_btnmatrix(const lv_obj_t * obj) { return is_cal(obj) ? as_cal(obj)->btnm : nullptr; }
const lv_calendar_date_t * lv_calendar_get_today_date(const lv_obj_t * obj) { return is_cal(obj) ? &as_cal(obj)->today : nullptr; }
const lv_calendar_date_t * lv_calendar_get_showed_date(const lv_obj_t * obj) { return is_cal(obj) ? &as_cal(obj)->showed_date : nullptr; }
lv_calendar_date_t * lv_calendar_get_highlighted_dates(const lv_obj_t * obj) { return is_cal(obj) ? as_cal(obj)->highlighted_dates : nullptr; }
size_t lv_calendar_get_highlighted_dates_num(const lv_obj_t * obj) { return is_cal(obj) ? as_cal(obj)->highlighted_dates_num : 0; }

lv_result_t lv_calendar_get_pressed_date(const lv_obj_t * obj, lv_calendar_date_t * date)
{
    if(!date) return LV_RESULT_INVALID;
    *date = {0, 0, 0};
    if(!is_cal(obj)) return LV_RESULT_INVALID;
    lv_calendar_t * cal = as_cal(obj);
    uint32_t id = lv_buttonmatrix_get_selected_button(cal->btnm);
    if(id == LV_BUTTONMATRIX_BUTTON_NONE || id < 7) return LV_RESULT_INVALID;
    const char * txt = lv_buttonmatrix_get_button_text(cal->btnm, id);
    if(!txt) return LV_RESULT_INVALID;
    date->day = static_cast<int8_t>(txt[1] == '\0' ? txt[0] - '0' : (txt[0] - '0') * 10 + (txt[1] - '0'));
    date->year = cal->showed_date.year;
    date->month = cal->showed_date.month;
    return LV_RESULT_OK;
}

lv_obj_t * lv_calendar_add_header_arrow(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_calendar_header_arrow_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

} // extern "C"
