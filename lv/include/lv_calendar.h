/**
 * @file lv_calendar.h
 * Calendar: a month as a button matrix (day names, then 6 weeks), marking today and
 * highlighted dates; an optional header with arrows switches months.
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

extern const lv_obj_class_t lv_calendar_class;
extern const lv_obj_class_t lv_calendar_header_arrow_class;

lv_obj_t * lv_calendar_create(lv_obj_t * parent);
void lv_calendar_set_today_date(lv_obj_t * obj, uint32_t year, uint32_t month, uint32_t day);
void lv_calendar_set_month_shown(lv_obj_t * obj, uint32_t year, uint32_t month);
/** Dates drawn highlighted; the array must stay valid. */
void lv_calendar_set_highlighted_dates(lv_obj_t * obj, lv_calendar_date_t highlighted[], size_t date_num);
/** Seven names starting with Sunday; the strings must stay valid. */
void lv_calendar_set_day_names(lv_obj_t * obj, const char ** day_names);
lv_obj_t * lv_calendar_get_btnmatrix(const lv_obj_t * obj);
const lv_calendar_date_t * lv_calendar_get_today_date(const lv_obj_t * calendar);
const lv_calendar_date_t * lv_calendar_get_showed_date(const lv_obj_t * calendar);
lv_calendar_date_t * lv_calendar_get_highlighted_dates(const lv_obj_t * calendar);
size_t lv_calendar_get_highlighted_dates_num(const lv_obj_t * calendar);
/** The date of the pressed day, LV_RESULT_INVALID if none. */
lv_result_t lv_calendar_get_pressed_date(const lv_obj_t * calendar, lv_calendar_date_t * date);
/** A header with previous/next month buttons and the month's name, above the days. */
lv_obj_t * lv_calendar_add_header_arrow(lv_obj_t * parent);

#ifdef __cplusplus
}
#endif

#endif
