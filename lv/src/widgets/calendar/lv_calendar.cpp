/**
 * @file lv_calendar.cpp
 * Calendar: a flex column with a 7 x 7 button matrix (a row of day names, then six weeks).
 * Days of the neighbouring months are DISABLED; today and highlighted days carry custom
 * control flags that change their box when drawn (highlight: primary color at 40%; today:
 * a primary border one pixel wider). The week starts on Sunday.
 */
#include "widgets/buttonmatrix/lv_buttonmatrix_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

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

const char * const day_names_def[7] = {"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"};
const char * const month_names_def[12] = {"January", "February", "March", "April", "May", "June",
                                          "July", "August", "September", "October", "November", "December"};

void calendar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void header_arrow_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void header_dropdown_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

/** The years the header drop-down offers by default, newest first (LVGL's list). */
const char * const year_list_def = "2025\n2024\n2023\n2022\n2021\n2020\n2019\n2018\n2017\n2016\n2015\n2014\n2013\n2012\n"
                                   "2011\n2010\n2009\n2008\n2007\n2006\n2005\n2004\n2003\n2002\n2001\n2000\n1999\n1998\n"
                                   "1997\n1996\n1995\n1994\n1993\n1992\n1991\n1990\n1989\n1988\n1987\n1986\n1985\n1984\n"
                                   "1983\n1982\n1981\n1980\n1979\n1978\n1977\n1976\n1975\n1974\n1973\n1972\n1971\n1970\n"
                                   "1969\n1968\n1967\n1966\n1965\n1964\n1963\n1962\n1961\n1960\n1959\n1958\n1957\n1956\n"
                                   "1955\n1954\n1953\n1952\n1951\n1950\n1949\n1948\n1947\n1946\n1945\n1944\n1943\n1942\n"
                                   "1941\n1940\n1939\n1938\n1937\n1936\n1935\n1934\n1933\n1932\n1931\n1930\n1929\n1928\n"
                                   "1927\n1926\n1925\n1924\n1923\n1922\n1921\n1920\n1919\n1918\n1917\n1916\n1915\n1914\n"
                                   "1913\n1912\n1911\n1910\n1909\n1908\n1907\n1906\n1905\n1904\n1903\n1902\n1901";

} // namespace

extern "C" const lv_obj_class_t lv_calendar_class = {
    &lv_obj_class, calendar_constructor, nullptr, nullptr, nullptr, "calendar",
    (LV_DPI_DEF * 3) / 2, (LV_DPI_DEF * 3) / 2, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_calendar_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_calendar_header_arrow_class = {
    &lv_obj_class, header_arrow_constructor, nullptr, nullptr, nullptr, "calendar-header-arrow",
    LV_PCT(100), LV_DPI_DEF / 3, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_calendar_header_dropdown_class = {
    &lv_obj_class, header_dropdown_constructor, nullptr, nullptr, nullptr, "calendar-header-dropdown",
    LV_PCT(100), LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_calendar_t * as_cal(const lv_obj_t * obj) { return reinterpret_cast<lv_calendar_t *>(const_cast<lv_obj_t *>(obj)); }

bool is_leap(int32_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int32_t month_length(int32_t year, int32_t month)
{
    month--; /* 0-based, may be -1 or 12 */
    if(month < 0) {
        year--;
        month += 12;
    }
    else if(month > 11) {
        year++;
        month -= 12;
    }
    static const int8_t days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 1 && is_leap(year) ? 29 : days[month];
}

/** 0 = Sunday (Sakamoto's method). */
int32_t day_of_week(int32_t year, int32_t month, int32_t day)
{
    static const int8_t t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if(month < 3) year--;
    return (year + year / 4 - year / 100 + year / 400 + t[month - 1] + day) % 7;
}

/** Changes the box of special days (called by the matrix for each button it draws). */
void day_dsc_cb(lv_obj_t * btnm, uint32_t id, lv_draw_rect_dsc_t * rect, lv_draw_label_dsc_t * label)
{
    LV_UNUSED(label);
    if(id < 7 || lv_buttonmatrix_has_button_ctrl(btnm, id, LV_BUTTONMATRIX_CTRL_DISABLED)) {
        rect->bg_opa = LV_OPA_TRANSP;
        rect->border_opa = LV_OPA_TRANSP;
    }
    const lv_color_t primary = lv_theme_get_color_primary(btnm);
    if(lv_buttonmatrix_has_button_ctrl(btnm, id, LV_CALENDAR_CTRL_HIGHLIGHT)) {
        rect->bg_opa = LV_OPA_40;
        rect->bg_color = primary;
        rect->bg_grad.dir = LV_GRAD_DIR_NONE;
        rect->border_opa = LV_OPA_COVER;
        rect->border_color = primary;
    }
    if(lv_buttonmatrix_has_button_ctrl(btnm, id, LV_CALENDAR_CTRL_TODAY)) {
        rect->border_opa = LV_OPA_COVER;
        rect->border_color = primary;
        rect->border_width += 1;
    }
}

void highlight_update(lv_obj_t * obj)
{
    lv_calendar_t * cal = as_cal(obj);
    lv_buttonmatrix_clear_button_ctrl_all(cal->btnm, static_cast<lv_buttonmatrix_ctrl_t>(LV_CALENDAR_CTRL_TODAY | LV_CALENDAR_CTRL_HIGHLIGHT));
    const int32_t day_first = day_of_week(cal->showed_date.year, cal->showed_date.month, 1);
    for(size_t i = 0; cal->highlighted_dates && i < cal->highlighted_dates_num; i++) {
        const lv_calendar_date_t & d = cal->highlighted_dates[i];
        if(d.year == cal->showed_date.year && d.month == cal->showed_date.month && d.day >= 1 && d.day <= 31) {
            lv_buttonmatrix_set_button_ctrl(cal->btnm, static_cast<uint32_t>(d.day - 1 + day_first + 7), LV_CALENDAR_CTRL_HIGHLIGHT);
        }
    }
    if(cal->showed_date.year == cal->today.year && cal->showed_date.month == cal->today.month && cal->today.day >= 1) {
        lv_buttonmatrix_set_button_ctrl(cal->btnm, static_cast<uint32_t>(cal->today.day - 1 + day_first + 7), LV_CALENDAR_CTRL_TODAY);
    }
}

/** Tells the headers (every child but the matrix) that the shown month changed. */
void notify_headers(lv_obj_t * obj)
{
    lv_calendar_t * cal = as_cal(obj);
    const uint32_t n = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * child = lv_obj_get_child(obj, static_cast<int32_t>(i));
        if(child != cal->btnm) lv_obj_send_event(child, LV_EVENT_VALUE_CHANGED, nullptr);
    }
}

void calendar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_calendar_t * cal = as_cal(obj);
    cal->today = {2024, 1, 1};
    cal->showed_date = {2024, 1, 1};
    cal->highlighted_dates = nullptr;
    cal->highlighted_dates_num = 0;
    lv_memzero(cal->nums, sizeof(cal->nums));
    uint32_t j = 0;
    for(uint32_t i = 0; i < 8 * 7; i++) {
        if(i != 0 && (i + 1) % 8 == 0) cal->map[i] = "\n";
        else if(i < 7) cal->map[i] = day_names_def[i];
        else {
            cal->nums[j][0] = 'x';
            cal->map[i] = cal->nums[j];
            j++;
        }
    }
    cal->map[8 * 7 - 1] = "";

    cal->btnm = lv_buttonmatrix_create(obj);
    reinterpret_cast<lv_buttonmatrix_t *>(cal->btnm)->item_dsc_cb = day_dsc_cb;
    lv_buttonmatrix_set_map(cal->btnm, cal->map);
    lv_buttonmatrix_set_button_ctrl_all(cal->btnm,
                                        static_cast<lv_buttonmatrix_ctrl_t>(LV_BUTTONMATRIX_CTRL_CLICK_TRIG | LV_BUTTONMATRIX_CTRL_NO_REPEAT));
    lv_obj_set_width(cal->btnm, LV_PCT(100));
    lv_obj_add_flag(cal->btnm, LV_OBJ_FLAG_EVENT_BUBBLE);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_flex_grow(cal->btnm, 1);
    lv_calendar_set_month_shown(obj, cal->showed_date.year, static_cast<uint32_t>(cal->showed_date.month));
    lv_calendar_set_today_date(obj, cal->today.year, static_cast<uint32_t>(cal->today.month), static_cast<uint32_t>(cal->today.day));
}

/** Writes a day number (1..31) as text. */
void set_day(lv_calendar_t * cal, uint32_t idx, int32_t day)
{
    char * s = cal->nums[idx];
    day = lv_widget_clamp(day, 0, 99);
    if(day >= 10) *s++ = static_cast<char>('0' + day / 10);
    *s++ = static_cast<char>('0' + day % 10);
    *s = '\0';
}

void month_clicked_cb(lv_event_t * e)
{
    lv_obj_t * btn = lv_event_get_current_target_obj(e);
    lv_obj_t * header = lv_obj_get_parent(btn);
    lv_obj_t * calendar = lv_obj_get_parent(header);
    const lv_calendar_date_t * d = lv_calendar_get_showed_date(calendar);
    int32_t year = d->year;
    int32_t month = d->month + (lv_obj_get_index(btn) == 0 ? -1 : 1);
    if(month < 1) {
        month = 12;
        year--;
    }
    else if(month > 12) {
        month = 1;
        year++;
    }
    lv_calendar_set_month_shown(calendar, static_cast<uint32_t>(year), static_cast<uint32_t>(month));
}

void header_title_cb(lv_event_t * e)
{
    lv_obj_t * header = lv_event_get_current_target_obj(e);
    lv_obj_t * calendar = lv_obj_get_parent(header);
    if(calendar == nullptr || !lv_obj_check_type(calendar, &lv_calendar_class)) return;
    const lv_calendar_date_t * d = lv_calendar_get_showed_date(calendar);
    lv_label_set_text_fmt(lv_obj_get_child(header, 1), "%d %s", d->year, month_names_def[(d->month - 1) % 12]);
}

void header_arrow_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_move_to_index(obj, 0);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(obj, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_START);

    lv_obj_t * prev = lv_button_create(obj);
    lv_obj_set_style_bg_image_src(prev, LV_SYMBOL_LEFT, 0);
    lv_obj_set_height(prev, LV_PCT(100));
    lv_obj_update_layout(prev);
    const int32_t btn_size = lv_obj_get_height(prev);
    lv_obj_set_width(prev, btn_size);
    lv_obj_add_event_cb(prev, month_clicked_cb, LV_EVENT_CLICKED, nullptr);
    lv_obj_remove_flag(prev, LV_OBJ_FLAG_CLICK_FOCUSABLE);

    lv_obj_t * label = lv_label_create(obj);
    lv_label_set_long_mode(label, LV_LABEL_LONG_MODE_SCROLL_CIRCULAR);
    lv_obj_set_style_text_align(label, LV_TEXT_ALIGN_CENTER, 0);
    lv_obj_set_flex_grow(label, 1);

    lv_obj_t * next = lv_button_create(obj);
    lv_obj_set_style_bg_image_src(next, LV_SYMBOL_RIGHT, 0);
    lv_obj_set_size(next, btn_size, btn_size);
    lv_obj_add_event_cb(next, month_clicked_cb, LV_EVENT_CLICKED, nullptr);
    lv_obj_remove_flag(next, LV_OBJ_FLAG_CLICK_FOCUSABLE);

    lv_obj_add_event_cb(obj, header_title_cb, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

/** The calendar a header belongs to (its parent), NULL if it has none yet. */
lv_obj_t * calendar_of_header(lv_obj_t * header)
{
    lv_obj_t * calendar = lv_obj_get_parent(header);
    return calendar && lv_obj_check_type(calendar, &lv_calendar_class) ? calendar : nullptr;
}

/** The first year of a drop-down's options (the list is newest first). */
int32_t first_year(lv_obj_t * year_dd)
{
    const char * opts = lv_dropdown_get_options(year_dd);
    int32_t y = 0;
    while(*opts >= '0' && *opts <= '9') y = y * 10 + (*opts++ - '0');
    return y;
}

void year_selected_cb(lv_event_t * e)
{
    lv_obj_t * dd = lv_event_get_current_target_obj(e);
    lv_obj_t * calendar = calendar_of_header(lv_obj_get_parent(dd));
    if(calendar == nullptr) return;
    const lv_calendar_date_t * d = lv_calendar_get_showed_date(calendar);
    const int32_t year = first_year(dd) - static_cast<int32_t>(lv_dropdown_get_selected(dd));
    lv_calendar_set_month_shown(calendar, static_cast<uint32_t>(year), static_cast<uint32_t>(d->month));
}

void month_selected_cb(lv_event_t * e)
{
    lv_obj_t * dd = lv_event_get_current_target_obj(e);
    lv_obj_t * calendar = calendar_of_header(lv_obj_get_parent(dd));
    if(calendar == nullptr) return;
    const lv_calendar_date_t * d = lv_calendar_get_showed_date(calendar);
    lv_calendar_set_month_shown(calendar, d->year, lv_dropdown_get_selected(dd) + 1);
}

/** The shown month changed: select it in both drop-downs. */
void header_dropdown_sync_cb(lv_event_t * e)
{
    lv_obj_t * header = lv_event_get_current_target_obj(e);
    lv_obj_t * calendar = calendar_of_header(header);
    if(calendar == nullptr) return;
    const lv_calendar_date_t * d = lv_calendar_get_showed_date(calendar);
    lv_obj_t * year_dd = lv_obj_get_child(header, 0);
    const int32_t index = first_year(year_dd) - d->year;
    if(index >= 0 && index < static_cast<int32_t>(lv_dropdown_get_option_count(year_dd)))
        lv_dropdown_set_selected(year_dd, static_cast<uint32_t>(index));
    lv_dropdown_set_selected(lv_obj_get_child(header, 1), static_cast<uint32_t>(d->month - 1));
}

void header_dropdown_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW);
    lv_obj_t * year_dd = lv_dropdown_create(obj);
    lv_dropdown_set_options(year_dd, year_list_def);
    lv_obj_add_event_cb(year_dd, year_selected_cb, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_set_flex_grow(year_dd, 1);
    lv_obj_t * month_dd = lv_dropdown_create(obj);
    lv_dropdown_set_options(month_dd, "January\nFebruary\nMarch\nApril\nMay\nJune\nJuly\nAugust\nSeptember\n"
                                      "October\nNovember\nDecember");
    lv_obj_add_event_cb(month_dd, month_selected_cb, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_set_flex_grow(month_dd, 1);
    lv_obj_add_event_cb(obj, header_dropdown_sync_cb, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

lv_obj_t * create_header(const lv_obj_class_t * cls, lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(cls, parent);
    lv_obj_class_init_obj(obj);
    lv_obj_move_to_index(obj, 0);
    return obj;
}

} // namespace

extern "C" {

lv_obj_t * lv_calendar_create(lv_obj_t * parent) { return lv_widget_create(&lv_calendar_class, parent); }

void lv_calendar_set_today_date(lv_obj_t * obj, uint32_t year, uint32_t month, uint32_t day)
{
    if(!lv_widget_check(obj, &lv_calendar_class)) return;
    lv_calendar_t * cal = as_cal(obj);
    cal->today = {static_cast<uint16_t>(year), static_cast<int8_t>(month), static_cast<int8_t>(day)};
    highlight_update(obj);
}

void lv_calendar_set_month_shown(lv_obj_t * obj, uint32_t year, uint32_t month)
{
    if(!lv_widget_check(obj, &lv_calendar_class)) return;
    if(month < 1 || month > 12) return;
    lv_calendar_t * cal = as_cal(obj);
    cal->showed_date = {static_cast<uint16_t>(year), static_cast<int8_t>(month), 1};
    const int32_t y = static_cast<int32_t>(year);
    const int32_t m = static_cast<int32_t>(month);

    lv_buttonmatrix_clear_button_ctrl_all(cal->btnm, LV_BUTTONMATRIX_CTRL_DISABLED);
    for(uint32_t i = 0; i < 7; i++) lv_buttonmatrix_set_button_ctrl(cal->btnm, i, LV_BUTTONMATRIX_CTRL_DISABLED);

    const int32_t len = month_length(y, m);
    const int32_t first = day_of_week(y, m, 1);
    const int32_t prev_len = month_length(y, m - 1);
    for(int32_t i = 0; i < 6 * 7; i++) {
        int32_t day;
        bool other_month = true;
        if(i < first) day = prev_len - first + 1 + i;
        else if(i < first + len) {
            day = i - first + 1;
            other_month = false;
        }
        else day = i - first - len + 1;
        set_day(cal, static_cast<uint32_t>(i), day);
        if(other_month) lv_buttonmatrix_set_button_ctrl(cal->btnm, static_cast<uint32_t>(i + 7), LV_BUTTONMATRIX_CTRL_DISABLED);
    }
    highlight_update(obj);
    if(lv_buttonmatrix_get_selected_button(cal->btnm) != LV_BUTTONMATRIX_BUTTON_NONE) {
        lv_buttonmatrix_set_selected_button(cal->btnm, static_cast<uint32_t>(first + 7));
    }
    lv_obj_invalidate(obj);
    notify_headers(obj);
}

void lv_calendar_set_highlighted_dates(lv_obj_t * obj, lv_calendar_date_t highlighted[], size_t date_num)
{
    if(!lv_widget_check(obj, &lv_calendar_class)) return;
    lv_calendar_t * cal = as_cal(obj);
    cal->highlighted_dates = highlighted;
    cal->highlighted_dates_num = highlighted ? date_num : 0;
    highlight_update(obj);
}

void lv_calendar_set_day_names(lv_obj_t * obj, const char ** day_names)
{
    if(!lv_widget_check(obj, &lv_calendar_class)) return;
    lv_calendar_t * cal = as_cal(obj);
    for(uint32_t i = 0; i < 7; i++) cal->map[i] = day_names ? day_names[i] : day_names_def[i];
    lv_obj_invalidate(obj);
}

lv_obj_t * lv_calendar_get_btnmatrix(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_calendar_class)) return {};
    return as_cal(obj)->btnm;
}
const lv_calendar_date_t * lv_calendar_get_today_date(const lv_obj_t * calendar)
{
    if(!lv_widget_check(calendar, &lv_calendar_class)) return {};
    return &as_cal(calendar)->today;
}
const lv_calendar_date_t * lv_calendar_get_showed_date(const lv_obj_t * calendar)
{
    if(!lv_widget_check(calendar, &lv_calendar_class)) return {};
    return &as_cal(calendar)->showed_date;
}
lv_calendar_date_t * lv_calendar_get_highlighted_dates(const lv_obj_t * calendar)
{
    if(!lv_widget_check(calendar, &lv_calendar_class)) return {};
    return as_cal(calendar)->highlighted_dates;
}
size_t lv_calendar_get_highlighted_dates_num(const lv_obj_t * calendar)
{
    if(!lv_widget_check(calendar, &lv_calendar_class)) return {};
    return as_cal(calendar)->highlighted_dates_num;
}

lv_result_t lv_calendar_get_pressed_date(const lv_obj_t * calendar, lv_calendar_date_t * date)
{
    if(!date) return LV_RESULT_INVALID;  /* a script passed None */
    if(!lv_widget_check(calendar, &lv_calendar_class)) return {};
    const lv_calendar_t * cal = as_cal(calendar);
    const uint32_t id = lv_buttonmatrix_get_selected_button(cal->btnm);
    if(id == LV_BUTTONMATRIX_BUTTON_NONE || id < 7) {
        date->year = 0;
        date->month = 0;
        date->day = 0;
        return LV_RESULT_INVALID;
    }
    const char * txt = lv_buttonmatrix_get_button_text(cal->btnm, id);
    int32_t day = 0;
    for(const char * p = txt; p && *p >= '0' && *p <= '9'; p++) day = day * 10 + (*p - '0');
    int32_t year = cal->showed_date.year;
    int32_t month = cal->showed_date.month;
    if(lv_buttonmatrix_has_button_ctrl(cal->btnm, id, LV_BUTTONMATRIX_CTRL_DISABLED)) {
        month += id < 7 + 7 ? -1 : 1; /* a day of the previous month is in the first week */
        if(month < 1) {
            month = 12;
            year--;
        }
        else if(month > 12) {
            month = 1;
            year++;
        }
    }
    date->year = static_cast<uint16_t>(year);
    date->month = static_cast<int8_t>(month);
    date->day = static_cast<int8_t>(day);
    return LV_RESULT_OK;
}

lv_obj_t * lv_calendar_add_header_arrow(lv_obj_t * parent) { return create_header(&lv_calendar_header_arrow_class, parent); }

lv_obj_t * lv_calendar_add_header_dropdown(lv_obj_t * parent)
{
    return create_header(&lv_calendar_header_dropdown_class, parent);
}

lv_obj_t * lv_calendar_header_arrow_create(lv_obj_t * parent) { return lv_calendar_add_header_arrow(parent); }

lv_obj_t * lv_calendar_header_dropdown_create(lv_obj_t * parent) { return lv_calendar_add_header_dropdown(parent); }

void lv_calendar_header_dropdown_set_year_list(lv_obj_t * parent, const char * years_list)
{
    /* `parent` is the calendar (LVGL's C API), or the header itself (`header.set_year_list()`) */
    if(parent == nullptr || years_list == nullptr) return;
    const bool is_header = lv_obj_check_type(parent, &lv_calendar_header_dropdown_class);
    const uint32_t n = is_header ? 1 : lv_obj_get_child_count(parent);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * header = is_header ? parent : lv_obj_get_child(parent, static_cast<int32_t>(i));
        if(!lv_obj_check_type(header, &lv_calendar_header_dropdown_class)) continue;
        lv_dropdown_set_options(lv_obj_get_child(header, 0), years_list);
        lv_obj_send_event(header, LV_EVENT_VALUE_CHANGED, nullptr);
    }
}

} // extern "C"
