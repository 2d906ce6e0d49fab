/**
 * @file lv_image_decoder.h
 * Image decoders (LVGL 9.3 names and structs). Every image source the engine draws or
 * measures goes through the decoder list: the first decoder whose info_cb accepts the source
 * opens it, and its `decoded` draw buffer is what gets drawn. Built in: the bin decoder
 * (descriptors holding pixels, LVGL .bin files), PNG (lv_lodepng.h), BMP (lv_bmp.h).
 * Decoders created later are asked first. Decoded images of files and of encoded
 * descriptors are kept in the image cache (lv_image_cache_*) until dropped or evicted; the
 * decoder's close_cb runs then.
 */
#ifndef LV_IMAGE_DECODER_H
#define LV_IMAGE_DECODER_H

#include "lv_image_dsc.h"
#include "lv_draw_buf.h"
#include "lv_fs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _lv_image_decoder_t lv_image_decoder_t;
typedef struct _lv_image_decoder_dsc_t lv_image_decoder_dsc_t;
typedef struct _lv_cache_t lv_cache_t;
typedef struct _lv_cache_entry_t lv_cache_entry_t;

/** A cache entry's size (the first field of cached data). */
typedef struct {
    size_t size;
} lv_cache_slot_size_t;

/** Requests of whoever opens an image. */
typedef struct _lv_image_decoder_args_t {
    bool stride_align; /**< rows aligned as draw buffers want them */
    bool premultiply;  /**< premultiplied alpha wanted */
    bool no_cache;     /**< do not keep the decoded image in the cache */
    bool use_indexed;  /**< keep indexed formats indexed */
    bool flush_cache;  /**< flush the data cache after decoding */
} lv_image_decoder_args_t;

/** Reads the header of `dsc->src` (dsc->src_type says what it is) into `header`;
 *  LV_RESULT_INVALID when this decoder does not know the source. */
typedef lv_result_t (*lv_image_decoder_info_f_t)(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc,
                                                 lv_image_header_t * header);
/** Decodes `dsc->src`: sets `dsc->decoded` to a draw buffer with the pixels. */
typedef lv_result_t (*lv_image_decoder_open_f_t)(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc);
/** Decodes part of the image (decoders that work in pieces). */
typedef lv_result_t (*lv_image_decoder_get_area_cb_t)(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc,
                                                      const lv_area_t * full_area, lv_area_t * decoded_area);
/** Frees what open_cb allocated. */
typedef void (*lv_image_decoder_close_f_t)(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc);
/** Draws the image itself (not used by the software renderer). */
typedef void (*lv_image_decoder_custom_draw_t)(lv_layer_t * layer, const lv_image_decoder_dsc_t * dsc,
                                               const lv_area_t * coords, const lv_draw_image_dsc_t * draw_dsc,
                                               const lv_area_t * clip_area);

struct _lv_image_decoder_t {
    lv_image_decoder_info_f_t info_cb;
    lv_image_decoder_open_f_t open_cb;
    lv_image_decoder_get_area_cb_t get_area_cb;
    lv_image_decoder_close_f_t close_cb;
    lv_image_decoder_custom_draw_t custom_draw_cb;
    const char * name;
    void * user_data;
    lv_image_decoder_t * next; /* the decoder list (newest first) */
    uint8_t builtin;           /* bin, PNG, BMP: none of them claims a descriptor of pixels */
};

/** One opened image. */
struct _lv_image_decoder_dsc_t {
    lv_image_decoder_t * decoder;   /**< the decoder that opened it */
    lv_image_decoder_args_t args;
    const void * src;               /**< the image source */
    lv_image_src_t src_type;
    lv_fs_file_t file;              /**< for decoders that keep a file open */
    lv_image_header_t header;       /**< filled by info_cb */
    const lv_draw_buf_t * decoded;  /**< set by open_cb */
    const lv_color32_t * palette;
    uint32_t palette_size;
    uint32_t time_to_open;
    const char * error_msg;
    lv_cache_t * cache;
    lv_cache_entry_t * cache_entry; /**< the image cache's entry, when cached */
    void * user_data;               /**< the decoder's own data */
};

/** The image cache's key: a source with its type. */
typedef struct _lv_image_cache_data_t {
    lv_cache_slot_size_t slot;
    const void * src;
    lv_image_src_t src_type;
    const lv_draw_buf_t * decoded;
    const lv_image_decoder_t * decoder;
    void * user_data;
} lv_image_cache_data_t;

/** The header (size, color format) of an image source: a descriptor, an encoded image in a
 *  descriptor, or a file path. LV_RESULT_INVALID for a source no decoder understands. */
lv_result_t lv_image_decoder_get_info(const void * src, lv_image_header_t * header);

/** Opens `src` with the first decoder that accepts it: `dsc->decoded` holds the pixels until
 *  lv_image_decoder_close. `args` may be NULL. LV_RESULT_INVALID when no decoder can. */
lv_result_t lv_image_decoder_open(lv_image_decoder_dsc_t * dsc, const void * src, const lv_image_decoder_args_t * args);
/** Decodes an area through the decoder's get_area_cb (LV_RESULT_INVALID without one). */
lv_result_t lv_image_decoder_get_area(lv_image_decoder_dsc_t * dsc, const lv_area_t * full_area, lv_area_t * decoded_area);
/** Closes an image opened by lv_image_decoder_open (a cached one stays in the cache). */
void lv_image_decoder_close(lv_image_decoder_dsc_t * dsc);

/** A new decoder, asked before the existing ones; set its callbacks. NULL without memory. */
lv_image_decoder_t * lv_image_decoder_create(void);
/** Removes a decoder (the cached images it decoded are dropped first). */
void lv_image_decoder_delete(lv_image_decoder_t * decoder);
/**
 * The next decoder in the list (the order they are asked in).
 * @param decoder   the current decoder, NULL to get the first one
 * @return          the decoder after it, NULL at the end
 */
lv_image_decoder_t * lv_image_decoder_get_next(lv_image_decoder_t * decoder);
void lv_image_decoder_set_info_cb(lv_image_decoder_t * decoder, lv_image_decoder_info_f_t info_cb);
void lv_image_decoder_set_open_cb(lv_image_decoder_t * decoder, lv_image_decoder_open_f_t open_cb);
void lv_image_decoder_set_get_area_cb(lv_image_decoder_t * decoder, lv_image_decoder_get_area_cb_t read_line_cb);
void lv_image_decoder_set_close_cb(lv_image_decoder_t * decoder, lv_image_decoder_close_f_t close_cb);

/** Keeps `decoded` in the image cache under `search_key` (its src and src_type); the
 *  decoder's close_cb frees it when the entry goes. NULL when it cannot be added. */
lv_cache_entry_t * lv_image_decoder_add_to_cache(lv_image_decoder_t * decoder, lv_image_cache_data_t * search_key,
                                                 const lv_draw_buf_t * decoded, void * user_data);
/** What a decoder does with its result before handing it out: rows aligned when
 *  `dsc->args.stride_align` asks, alpha premultiplied when `dsc->args.premultiply` asks
 *  (both in place when the buffer is modifiable, else on a copy). NULL on failure. */
lv_draw_buf_t * lv_image_decoder_post_process(lv_image_decoder_dsc_t * dsc, lv_draw_buf_t * decoded);

/* The bin decoder: descriptors holding pixels (LV_IMAGE_HEADER_MAGIC) and LVGL's .bin files
 * (a 12-byte lv_image_header_t, then the data). Registered by lv_init. */
void lv_bin_decoder_init(void);
lv_result_t lv_bin_decoder_info(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc, lv_image_header_t * header);
lv_result_t lv_bin_decoder_open(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc);
lv_result_t lv_bin_decoder_get_area(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc,
                                    const lv_area_t * full_area, lv_area_t * decoded_area);
void lv_bin_decoder_close(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc);

/** RLE (LVGL's image compression): blocks of blk_size bytes, a control byte before each run
 *  (bit 7 set: that many literal blocks follow; clear: the next block repeats that many
 *  times). Returns the bytes written, 0 when the input is malformed or the output too small.
 *  With output NULL, only counts. */
uint32_t lv_rle_decompress(const uint8_t * input, uint32_t input_buff_len, uint8_t * output,
                           uint32_t output_buff_len, uint8_t blk_size);

#ifdef __cplusplus
}
#endif

#endif
