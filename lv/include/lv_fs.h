/**
 * @file lv_fs.h
 * File system interface (LVGL 9.3): drivers registered under a drive letter serve paths
 * such as "S:images/logo.png" (the driver sees "images/logo.png"). Images and fonts given as
 * paths are read through it. lv_fs_drv_use_stdio() gives a driver the C library's files.
 */
#ifndef LV_FS_H
#define LV_FS_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_FS_RES_OK = 0,
    LV_FS_RES_HW_ERR,
    LV_FS_RES_FS_ERR,
    LV_FS_RES_NOT_EX,
    LV_FS_RES_FULL,
    LV_FS_RES_LOCKED,
    LV_FS_RES_DENIED,
    LV_FS_RES_BUSY,
    LV_FS_RES_TOUT,
    LV_FS_RES_NOT_IMP,
    LV_FS_RES_OUT_OF_MEM,
    LV_FS_RES_INV_PARAM,
    LV_FS_RES_UNKNOWN,
} lv_fs_res_t;

typedef enum {
    LV_FS_MODE_WR = 0x01,
    LV_FS_MODE_RD = 0x02,
} lv_fs_mode_t;

typedef enum {
    LV_FS_SEEK_SET = 0x00,
    LV_FS_SEEK_CUR = 0x01,
    LV_FS_SEEK_END = 0x02,
} lv_fs_whence_t;

typedef struct _lv_fs_drv_t lv_fs_drv_t;

/** A driver: a letter and the operations on its files (file_p is the driver's own handle). */
struct _lv_fs_drv_t {
    char letter;
    uint32_t cache_size;
    bool (*ready_cb)(lv_fs_drv_t * drv);
    void * (*open_cb)(lv_fs_drv_t * drv, const char * path, lv_fs_mode_t mode);
    lv_fs_res_t (*close_cb)(lv_fs_drv_t * drv, void * file_p);
    lv_fs_res_t (*read_cb)(lv_fs_drv_t * drv, void * file_p, void * buf, uint32_t btr, uint32_t * br);
    lv_fs_res_t (*write_cb)(lv_fs_drv_t * drv, void * file_p, const void * buf, uint32_t btw, uint32_t * bw);
    lv_fs_res_t (*seek_cb)(lv_fs_drv_t * drv, void * file_p, uint32_t pos, lv_fs_whence_t whence);
    lv_fs_res_t (*tell_cb)(lv_fs_drv_t * drv, void * file_p, uint32_t * pos_p);
    void * (*dir_open_cb)(lv_fs_drv_t * drv, const char * path);
    lv_fs_res_t (*dir_read_cb)(lv_fs_drv_t * drv, void * rddir_p, char * fn, uint32_t fn_len);
    lv_fs_res_t (*dir_close_cb)(lv_fs_drv_t * drv, void * rddir_p);
    void * user_data;
};

typedef struct {
    void * file_d;
    lv_fs_drv_t * drv;
} lv_fs_file_t;

typedef struct {
    void * dir_d;
    lv_fs_drv_t * drv;
} lv_fs_dir_t;

void lv_fs_drv_init(lv_fs_drv_t * drv);
/** Adds the driver (not copied: it must stay valid); a later one with the same letter wins. */
void lv_fs_drv_register(lv_fs_drv_t * drv);
/** Fills in the C library's file operations (fopen...) and registers the driver under its letter. */
void lv_fs_drv_use_stdio(lv_fs_drv_t * drv);
lv_fs_drv_t * lv_fs_get_drv(char letter);
bool lv_fs_is_ready(char letter);
lv_fs_res_t lv_fs_open(lv_fs_file_t * file_p, const char * path, lv_fs_mode_t mode);
lv_fs_res_t lv_fs_close(lv_fs_file_t * file_p);
lv_fs_res_t lv_fs_read(lv_fs_file_t * file_p, void * buf, uint32_t btr, uint32_t * br);
lv_fs_res_t lv_fs_write(lv_fs_file_t * file_p, const void * buf, uint32_t btw, uint32_t * bw);
lv_fs_res_t lv_fs_seek(lv_fs_file_t * file_p, uint32_t pos, lv_fs_whence_t whence);
lv_fs_res_t lv_fs_tell(lv_fs_file_t * file_p, uint32_t * pos);
lv_fs_res_t lv_fs_dir_open(lv_fs_dir_t * rddir_p, const char * path);
lv_fs_res_t lv_fs_dir_read(lv_fs_dir_t * rddir_p, char * fn, uint32_t fn_len);
lv_fs_res_t lv_fs_dir_close(lv_fs_dir_t * rddir_p);
/** The registered letters as a string into buf (one byte per driver + NUL). */
char * lv_fs_get_letters(char * buf);
/** The extension of a file name ("png" of "S:a/b.png"), "" if none. */
const char * lv_fs_get_ext(const char * fn);
/** Cuts the last part of a path in place ("S:a/b" -> "S:a"). */
char * lv_fs_up(char * path);
/** The last part of a path ("b.png" of "S:a/b.png"). */
const char * lv_fs_get_last(const char * path);

#ifdef __cplusplus
}
#endif

#endif
