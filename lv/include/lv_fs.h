/**
 * @file lv_fs.h
 * File system abstraction: drivers registered under a drive letter ("S:dir/file.png")
 * give the engine (images, fonts) and scripts one way to reach any storage.
 */
#ifndef LV_FS_H
#define LV_FS_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Longest path the examples size their buffers for, as LVGL's lv_fs.h */
#define LV_FS_MAX_PATH_LENGTH 256

typedef enum {
    LV_FS_RES_OK = 0,
    LV_FS_RES_HW_ERR,     /**< low-level hardware error */
    LV_FS_RES_FS_ERR,     /**< error in the file system structure */
    LV_FS_RES_NOT_EX,     /**< driver, file or directory does not exist */
    LV_FS_RES_FULL,       /**< disk full */
    LV_FS_RES_LOCKED,     /**< the file is already opened */
    LV_FS_RES_DENIED,     /**< access denied */
    LV_FS_RES_BUSY,       /**< the file system cannot handle it, try later */
    LV_FS_RES_TOUT,       /**< process time out */
    LV_FS_RES_NOT_IMP,    /**< the driver does not implement the operation */
    LV_FS_RES_OUT_OF_MEM, /**< not enough memory for an internal operation */
    LV_FS_RES_INV_PARAM,  /**< invalid parameter */
    LV_FS_RES_UNKNOWN,    /**< other unknown error */
} lv_fs_res_t;

typedef enum {
    LV_FS_MODE_WR = 0x01,
    LV_FS_MODE_RD = 0x02,
} lv_fs_mode_t;

typedef enum {
    LV_FS_SEEK_SET = 0x00, /**< from the start of the file */
    LV_FS_SEEK_CUR = 0x01, /**< from the current position */
    LV_FS_SEEK_END = 0x02, /**< from the end of the file */
} lv_fs_whence_t;

typedef struct _lv_fs_drv_t lv_fs_drv_t;

struct _lv_fs_drv_t {
    char letter;          /**< drive letter, e.g. 'S' for "S:path" */
    uint32_t cache_size;  /**< read cache in bytes per open file, 0: no cache */
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

/** A read cache: the bytes [start, end] of the file are in `buffer`. */
typedef struct {
    uint32_t start;
    uint32_t end;
    uint32_t file_position;  /**< where the next read starts */
    void * buffer;
} lv_fs_file_cache_t;

typedef struct {
    void * file_d;
    lv_fs_drv_t * drv;
    lv_fs_file_cache_t * cache;
} lv_fs_file_t;

typedef struct {
    void * dir_d;
    lv_fs_drv_t * drv;
} lv_fs_dir_t;

/** A path naming a block of memory, for drivers serving files from memory. */
typedef struct {
    char path[4];  /**< "X:" and a terminator */
    const void * buffer;
    uint32_t size;
} lv_fs_path_ex_t;

/** Clears a driver descriptor; set its letter and callbacks, then register it. */
void lv_fs_drv_init(lv_fs_drv_t * drv);
/** Adds a driver; the descriptor must stay valid (the engine keeps the pointer). A driver
 *  registered later under the same letter replaces the earlier one. */
void lv_fs_drv_register(lv_fs_drv_t * drv);
/** The driver of a letter, NULL if none. */
lv_fs_drv_t * lv_fs_get_drv(char letter);
/** Is a driver registered under the letter and ready (its ready_cb, if any, says so)? */
bool lv_fs_is_ready(char letter);

lv_fs_res_t lv_fs_open(lv_fs_file_t * file_p, const char * path, lv_fs_mode_t mode);
void lv_fs_make_path_from_buffer(lv_fs_path_ex_t * path, char letter, const void * buf, uint32_t size);
lv_fs_res_t lv_fs_close(lv_fs_file_t * file_p);
lv_fs_res_t lv_fs_read(lv_fs_file_t * file_p, void * buf, uint32_t btr, uint32_t * br);
lv_fs_res_t lv_fs_write(lv_fs_file_t * file_p, const void * buf, uint32_t btw, uint32_t * bw);
lv_fs_res_t lv_fs_seek(lv_fs_file_t * file_p, uint32_t pos, lv_fs_whence_t whence);
lv_fs_res_t lv_fs_tell(lv_fs_file_t * file_p, uint32_t * pos);

lv_fs_res_t lv_fs_dir_open(lv_fs_dir_t * rddir_p, const char * path);
/** The next entry's name into fn (directories start with '/'); "" after the last one. */
lv_fs_res_t lv_fs_dir_read(lv_fs_dir_t * rddir_p, char * fn, uint32_t fn_len);
lv_fs_res_t lv_fs_dir_close(lv_fs_dir_t * rddir_p);

/** The letters of the registered drivers into buf (one per driver, then '\0'); returns buf. */
char * lv_fs_get_letters(char * buf);
/** The extension of a file name without the dot, "" if it has none. */
const char * lv_fs_get_ext(const char * fn);
/** Cuts the last component off the path in place ("S:a/b/c" -> "S:a/b"); returns path. */
char * lv_fs_up(char * path);
/** The last component of a path ("S:a/b/c.txt" -> "c.txt"). */
const char * lv_fs_get_last(const char * path);

/** A driver on the C library's stdio (fopen & co) and, where the platform has them,
 *  directory functions: fills the callbacks of `drv` (call lv_fs_drv_init first; set the
 *  letter and register it afterwards). pyvgl's fs_driver module uses it. */
void lv_fs_drv_init_stdio(lv_fs_drv_t * drv);

#ifdef __cplusplus
}
#endif

#endif
