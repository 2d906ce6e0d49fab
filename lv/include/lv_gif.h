/**
 * @file lv_gif.h
 * Animated GIFs (LVGL 9.3's gif widget and its gifdec decoder). `lv_gif` is an image whose
 * pixels (ARGB8888) are the GIF's current frame; a timer (every 10 ms) moves to the next
 * frame once the frame's delay has passed, loops as the file's NETSCAPE2.0 block says and
 * sends LV_EVENT_READY after the last loop. Sources: an lv_image_dsc_t whose data is the GIF
 * file, or a path read through lv_fs.
 *
 * The gd_* functions are the decoder: GIF87a/GIF89a, global and local palettes, LZW,
 * interlacing, transparency and the disposal methods of the graphic control extension.
 * `canvas` holds the picture as the frames before the current one left it (ARGB8888,
 * width x height); gd_render_frame draws the current frame over it into a buffer.
 */
#ifndef LV_GIF_H
#define LV_GIF_H

#include "lv_image.h"
#include "lv_fs.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_GIF

typedef struct {
    int size;                  /**< colors in the palette */
    uint8_t colors[0x100 * 3]; /**< R, G, B each */
} gd_Palette;

/** Graphic control extension: applies to the next frame. */
typedef struct {
    uint16_t delay;    /**< hundredths of a second */
    uint8_t tindex;    /**< transparent color index */
    uint8_t disposal;  /**< 0-1 keep, 2 restore background, 3 restore previous */
    int input;         /**< user input flag */
    int transparency;  /**< tindex is transparent */
} gd_GCE;

typedef struct _gd_GIF {
    lv_fs_file_t fd;
    const char * data;  /**< the GIF in memory (not a file) */
    uint8_t is_file;
    uint32_t f_rw_p;    /**< read position in data */
    int32_t anim_start; /**< where the first frame's blocks start */
    uint16_t width, height;
    uint16_t depth;
    int32_t loop_count; /**< -1: play once (no NETSCAPE block), 0: forever, n: n times */
    gd_GCE gce;
    gd_Palette * palette; /**< the palette of the current frame */
    gd_Palette lct, gct;
    void (*plain_text)(struct _gd_GIF * gif, uint16_t tx, uint16_t ty, uint16_t tw, uint16_t th, uint8_t cw,
                       uint8_t ch, uint8_t fg, uint8_t bg);
    void (*comment)(struct _gd_GIF * gif);
    void (*application)(struct _gd_GIF * gif, char id[8], char auth[3]);
    uint16_t fx, fy, fw, fh; /**< the current frame's rectangle */
    uint8_t bgindex;
    uint8_t * canvas;   /**< width x height ARGB8888 */
    uint8_t * frame;    /**< the current frame's color indexes, fw x fh */
    /* ours: bounds of data, interlacing, the LZW dictionary, the file's loop count */
    uint32_t data_size;
    uint8_t interlaced;
    uint8_t loops_read;
    int32_t file_loop_count;
    void * lzw;
} gd_GIF;

/** Opens a GIF file through lv_fs; NULL if it is not a readable GIF or out of memory. */
gd_GIF * gd_open_gif_file(const char * fname);
/** Opens a GIF held in memory (its size is not known: data must be a whole GIF). */
gd_GIF * gd_open_gif_data(const void * data);
/** Draws the current frame over the canvas into `buffer` (width x height ARGB8888). */
void gd_render_frame(gd_GIF * gif, uint8_t * buffer);
/** Reads the next frame: 1 when there is one, 0 at the end of the last loop, -1 on bad data. */
int gd_get_frame(gd_GIF * gif);
/** Goes back to the first frame, with the file's loop count again. */
void gd_rewind(gd_GIF * gif);
void gd_close_gif(gd_GIF * gif);

extern const lv_obj_class_t lv_gif_class;

lv_obj_t * lv_gif_create(lv_obj_t * parent);
/**
 * Sets the GIF to show and starts it from the first frame.
 * @param obj   pointer to a gif object
 * @param src   an lv_image_dsc_t whose data is a GIF file, or a path ("S:dir/anim.gif")
 */
void lv_gif_set_src(lv_obj_t * obj, const void * src);
/** Starts again from the first frame (and resumes). */
void lv_gif_restart(lv_obj_t * obj);
void lv_gif_pause(lv_obj_t * obj);
void lv_gif_resume(lv_obj_t * obj);
/** Whether the source was opened as a GIF. */
bool lv_gif_is_loaded(lv_obj_t * obj);
/** The loops still to play (see gd_GIF.loop_count); -1 without a GIF. */
int32_t lv_gif_get_loop_count(lv_obj_t * obj);
void lv_gif_set_loop_count(lv_obj_t * obj, int32_t count);

#endif

#ifdef __cplusplus
}
#endif

#endif
