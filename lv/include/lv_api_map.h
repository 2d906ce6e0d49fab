/**
 * @file lv_api_map.h
 * Older spellings LVGL 9.3 keeps for compatibility (its lv_api_map_v8/v9_x headers), so
 * programs written for earlier 9.x releases run unchanged. The binding generator turns each
 * name alias into a second Python name of the same function or constant.
 */
#ifndef LV_API_MAP_H
#define LV_API_MAP_H

/* types and declarations */
typedef lv_image_dsc_t lv_img_dsc_t;
typedef lv_grad_stop_t lv_gradient_stop_t;
#define LV_IMG_DECLARE(var_name) LV_IMAGE_DECLARE(var_name)

/* constants */
#define LV_LABEL_LONG_WRAP LV_LABEL_LONG_MODE_WRAP
#define LV_LABEL_LONG_DOT LV_LABEL_LONG_MODE_DOTS
#define LV_LABEL_LONG_SCROLL LV_LABEL_LONG_MODE_SCROLL
#define LV_LABEL_LONG_SCROLL_CIRCULAR LV_LABEL_LONG_MODE_SCROLL_CIRCULAR
#define LV_LABEL_LONG_CLIP LV_LABEL_LONG_MODE_CLIP
#define LV_INDEV_STATE_PR LV_INDEV_STATE_PRESSED
#define LV_INDEV_STATE_REL LV_INDEV_STATE_RELEASED
#define LV_ZOOM_NONE LV_SCALE_NONE
#define LV_DRAW_BUF_DEFINE LV_DRAW_BUF_DEFINE_STATIC

/* functions renamed during 9.x */
#define lv_anim_set_time lv_anim_set_duration
#define lv_anim_set_playback_time lv_anim_set_reverse_duration
#define lv_anim_set_playback_duration lv_anim_set_reverse_duration
#define lv_anim_set_playback_delay lv_anim_set_reverse_delay
#define lv_calendar_set_showed_date lv_calendar_set_month_shown
#define lv_obj_add_event lv_obj_add_event_cb
#define lv_chart_set_range lv_chart_set_axis_range
#define lv_chart_set_value_by_id lv_chart_set_series_value_by_id
#define lv_chart_set_value_by_id2 lv_chart_set_series_value_by_id2
#define lv_chart_get_y_array lv_chart_get_series_y_array
#define lv_chart_get_x_array lv_chart_get_series_x_array
#define lv_chart_set_ext_y_array lv_chart_set_series_ext_y_array
#define lv_chart_set_ext_x_array lv_chart_set_series_ext_x_array
#define lv_spangroup_new_span lv_spangroup_add_span
#define lv_spangroup_refr_mode lv_spangroup_refresh
#define lv_font_load lv_binfont_create
#define lv_binfont_load lv_binfont_create
#define lv_font_default lv_font_get_default

/* style properties renamed during 9.x (shadow offsets) and from 8.x (transform angle/zoom) */
#define lv_style_set_shadow_ofs_x lv_style_set_shadow_offset_x
#define lv_style_set_shadow_ofs_y lv_style_set_shadow_offset_y
#define lv_obj_set_style_shadow_ofs_x lv_obj_set_style_shadow_offset_x
#define lv_obj_set_style_shadow_ofs_y lv_obj_set_style_shadow_offset_y
#define lv_obj_get_style_shadow_ofs_x lv_obj_get_style_shadow_offset_x
#define lv_obj_get_style_shadow_ofs_y lv_obj_get_style_shadow_offset_y
#define lv_style_set_transform_angle lv_style_set_transform_rotation
#define lv_style_set_transform_zoom lv_style_set_transform_scale
#define lv_obj_set_style_transform_angle lv_obj_set_style_transform_rotation
#define lv_obj_set_style_transform_zoom lv_obj_set_style_transform_scale
#define lv_obj_get_style_transform_angle lv_obj_get_style_transform_rotation
#define lv_obj_get_style_transform_zoom lv_obj_get_style_transform_scale_x
#define LV_STYLE_SHADOW_OFS_X LV_STYLE_SHADOW_OFFSET_X
#define LV_STYLE_SHADOW_OFS_Y LV_STYLE_SHADOW_OFFSET_Y
#define LV_STYLE_TRANSFORM_ANGLE LV_STYLE_TRANSFORM_ROTATION
#define LV_STYLE_TRANSFORM_ZOOM LV_STYLE_TRANSFORM_SCALE_X

/* functions renamed from 8.x to 9.0 */
#define lv_list_add_btn lv_list_add_button
#define lv_obj_get_child_cnt lv_obj_get_child_count
#define lv_obj_set_style_bg_img_src lv_obj_set_style_bg_image_src
#define lv_style_set_bg_img_src lv_style_set_bg_image_src
#define lv_scr_act lv_screen_active
#define lv_scr_load lv_screen_load
#define lv_scr_load_anim lv_screen_load_anim
#define lv_obj_del lv_obj_delete
#define lv_obj_clear_flag lv_obj_remove_flag
#define lv_obj_clear_state lv_obj_remove_state
#define lv_textarea_del_char lv_textarea_delete_char
#define lv_textarea_del_char_forward lv_textarea_delete_char_forward

#endif
