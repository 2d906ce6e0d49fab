/**
 * @file lv_calendar.h
 * Calendar: a month as a button matrix of day names and days (today and highlighted days
 * marked), with an optional header (arrows or drop-downs) to change the month.
 */
#ifndef LV_CALENDAR_H
#define LV_CALENDAR_H

#include "lv_buttonmatrix.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    uint16_t year;
    int8_t month; /**< 1..12 */
    int8_t day;   /**< 1..31 */
} lv_calendar_date_t;

#define LV_CALENDAR_CTRL_TODAY LV_BUTTONMATRIX_CTRL_CUSTOM_1
#define LV_CALENDAR_CTRL_HIGHLIGHT LV_BUTTONMATRIX_CTRL_CUSTOM_2

extern const lv_obj_class_t lv_calendar_class;
extern const lv_obj_class_t lv_calendar_header_arrow_class;
extern const lv_obj_class_t lv_calendar_header_dropdown_class;

lv_obj_t * lv_calendar_create(lv_obj_t * parent);
void lv_calendar_set_today_date(lv_obj_t * obj, uint32_t year, uint32_t month, uint32_t day);
void lv_calendar_set_month_shown(lv_obj_t * obj, uint32_t year, uint32_t month);
/** The array is not copied: it must stay valid while the calendar uses it. */
void lv_calendar_set_highlighted_dates(lv_obj_t * obj, lv_calendar_date_t highlighted[], size_t date_num);
/** Seven names starting with Sunday (not copied). */
void lv_calendar_set_day_names(lv_obj_t * obj, const char ** day_names);
lv_obj_t * lv_calendar_get_btnmatrix(const lv_obj_t * obj);
const lv_calendar_date_t * lv_calendar_get_today_date(const lv_obj_t * calendar);
const lv_calendar_date_t * lv_calendar_get_showed_date(const lv_obj_t * calendar);
lv_calendar_date_t * lv_calendar_get_highlighted_dates(const lv_obj_t * calendar);
size_t lv_calendar_get_highlighted_dates_num(const lv_obj_t * calendar);
/** The date of the last pressed day; LV_RESULT_INVALID if none (or a day name). */
lv_result_t lv_calendar_get_pressed_date(const lv_obj_t * calendar, lv_calendar_date_t * date);
/** A header with previous/next month buttons and the "year month" title. */
lv_obj_t * lv_calendar_add_header_arrow(lv_obj_t * parent);
/** A header with a year and a month drop-down. */
lv_obj_t * lv_calendar_add_header_dropdown(lv_obj_t * parent);
/** The years of the drop-down header of calendar `parent` ("2024\n2023\n...", newest first). */
void lv_calendar_header_dropdown_set_year_list(lv_obj_t * parent, const char * years_list);
/** The same headers as classes, as the MicroPython binding spells them
 *  (`lv.calendar_header_dropdown(calendar)`). */
lv_obj_t * lv_calendar_header_arrow_create(lv_obj_t * parent);
lv_obj_t * lv_calendar_header_dropdown_create(lv_obj_t * parent);

#ifdef __cplusplus
}
#endif

#endif
