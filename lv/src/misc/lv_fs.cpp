/**
 * @file lv_fs.cpp
 * File system drivers by drive letter, and the calls that route a path to its driver.
 * The registry is a list of engine blocks in lv_global (seen by the collector); the drivers
 * themselves are the caller's.
 */
#include "core/lv_global.h"

namespace {

struct DrvNode {
    DrvNode * next;
    lv_fs_drv_t * drv;
};

DrvNode *& drivers() { return reinterpret_cast<DrvNode *&>(lv_global.fs_drv_list); }

/** "S:a/b" -> the driver of 'S' and "a/b"; NULL for a path without a registered letter. */
lv_fs_drv_t * route(const char * path, const char ** rest)
{
    if(path == nullptr || path[0] == '\0' || path[1] != ':') return nullptr;
    *rest = path + 2;
    return lv_fs_get_drv(path[0]);
}

} // namespace

/** Forgets every driver (lv_deinit). */
void lv_fs_deinit_all(void)
{
    while(DrvNode * n = drivers()) {
        drivers() = n->next;
        lv_free(n);
    }
}

extern "C" {

void lv_fs_drv_init(lv_fs_drv_t * drv)
{
    if(drv) lv_memzero(drv, sizeof(*drv));
}

void lv_fs_drv_register(lv_fs_drv_t * drv)
{
    if(drv == nullptr) return;
    DrvNode * n = static_cast<DrvNode *>(lv_malloc(sizeof(DrvNode)));
    if(n == nullptr) return;
    n->drv = drv;
    n->next = drivers(); /* newest first: it wins a letter registered twice */
    drivers() = n;
}

lv_fs_drv_t * lv_fs_get_drv(char letter)
{
    for(DrvNode * n = drivers(); n; n = n->next) {
        if(n->drv->letter == letter) return n->drv;
    }
    return nullptr;
}

bool lv_fs_is_ready(char letter)
{
    lv_fs_drv_t * drv = lv_fs_get_drv(letter);
    if(drv == nullptr) return false;
    return drv->ready_cb == nullptr || drv->ready_cb(drv);
}

lv_fs_res_t lv_fs_open(lv_fs_file_t * file_p, const char * path, lv_fs_mode_t mode)
{
    if(file_p == nullptr) return LV_FS_RES_INV_PARAM;
    file_p->file_d = nullptr;
    file_p->drv = nullptr;
    const char * rest = nullptr;
    lv_fs_drv_t * drv = route(path, &rest);
    if(drv == nullptr) return LV_FS_RES_NOT_EX;
    if(drv->ready_cb && !drv->ready_cb(drv)) return LV_FS_RES_HW_ERR;
    if(drv->open_cb == nullptr) return LV_FS_RES_NOT_IMP;
    void * fd = drv->open_cb(drv, rest, mode);
    if(fd == nullptr || fd == (void *)-1) return LV_FS_RES_UNKNOWN;
    file_p->file_d = fd;
    file_p->drv = drv;
    return LV_FS_RES_OK;
}

lv_fs_res_t lv_fs_close(lv_fs_file_t * file_p)
{
    if(file_p == nullptr || file_p->drv == nullptr) return LV_FS_RES_INV_PARAM;
    lv_fs_res_t res = file_p->drv->close_cb ? file_p->drv->close_cb(file_p->drv, file_p->file_d) : LV_FS_RES_NOT_IMP;
    file_p->file_d = nullptr;
    file_p->drv = nullptr;
    return res;
}

lv_fs_res_t lv_fs_read(lv_fs_file_t * file_p, void * buf, uint32_t btr, uint32_t * br)
{
    if(br) *br = 0;
    if(file_p == nullptr || file_p->drv == nullptr || buf == nullptr) return LV_FS_RES_INV_PARAM;
    if(file_p->drv->read_cb == nullptr) return LV_FS_RES_NOT_IMP;
    uint32_t n = 0;
    lv_fs_res_t res = file_p->drv->read_cb(file_p->drv, file_p->file_d, buf, btr, &n);
    if(br) *br = n;
    return res;
}

lv_fs_res_t lv_fs_write(lv_fs_file_t * file_p, const void * buf, uint32_t btw, uint32_t * bw)
{
    if(bw) *bw = 0;
    if(file_p == nullptr || file_p->drv == nullptr || buf == nullptr) return LV_FS_RES_INV_PARAM;
    if(file_p->drv->write_cb == nullptr) return LV_FS_RES_NOT_IMP;
    uint32_t n = 0;
    lv_fs_res_t res = file_p->drv->write_cb(file_p->drv, file_p->file_d, buf, btw, &n);
    if(bw) *bw = n;
    return res;
}

lv_fs_res_t lv_fs_seek(lv_fs_file_t * file_p, uint32_t pos, lv_fs_whence_t whence)
{
    if(file_p == nullptr || file_p->drv == nullptr) return LV_FS_RES_INV_PARAM;
    if(file_p->drv->seek_cb == nullptr) return LV_FS_RES_NOT_IMP;
    return file_p->drv->seek_cb(file_p->drv, file_p->file_d, pos, whence);
}

lv_fs_res_t lv_fs_tell(lv_fs_file_t * file_p, uint32_t * pos)
{
    if(pos) *pos = 0;
    if(file_p == nullptr || file_p->drv == nullptr || pos == nullptr) return LV_FS_RES_INV_PARAM;
    if(file_p->drv->tell_cb == nullptr) return LV_FS_RES_NOT_IMP;
    return file_p->drv->tell_cb(file_p->drv, file_p->file_d, pos);
}

lv_fs_res_t lv_fs_dir_open(lv_fs_dir_t * rddir_p, const char * path)
{
    if(rddir_p == nullptr) return LV_FS_RES_INV_PARAM;
    rddir_p->dir_d = nullptr;
    rddir_p->drv = nullptr;
    const char * rest = nullptr;
    lv_fs_drv_t * drv = route(path, &rest);
    if(drv == nullptr) return LV_FS_RES_NOT_EX;
    if(drv->dir_open_cb == nullptr) return LV_FS_RES_NOT_IMP;
    void * d = drv->dir_open_cb(drv, rest);
    if(d == nullptr || d == (void *)-1) return LV_FS_RES_UNKNOWN;
    rddir_p->dir_d = d;
    rddir_p->drv = drv;
    return LV_FS_RES_OK;
}

lv_fs_res_t lv_fs_dir_read(lv_fs_dir_t * rddir_p, char * fn, uint32_t fn_len)
{
    if(fn && fn_len) fn[0] = '\0';
    if(rddir_p == nullptr || rddir_p->drv == nullptr || fn == nullptr || fn_len == 0) return LV_FS_RES_INV_PARAM;
    if(rddir_p->drv->dir_read_cb == nullptr) return LV_FS_RES_NOT_IMP;
    return rddir_p->drv->dir_read_cb(rddir_p->drv, rddir_p->dir_d, fn, fn_len);
}

lv_fs_res_t lv_fs_dir_close(lv_fs_dir_t * rddir_p)
{
    if(rddir_p == nullptr || rddir_p->drv == nullptr) return LV_FS_RES_INV_PARAM;
    lv_fs_res_t res = rddir_p->drv->dir_close_cb ? rddir_p->drv->dir_close_cb(rddir_p->drv, rddir_p->dir_d)
                                                 : LV_FS_RES_NOT_IMP;
    rddir_p->dir_d = nullptr;
    rddir_p->drv = nullptr;
    return res;
}

char * lv_fs_get_letters(char * buf)
{
    if(buf == nullptr) return nullptr;
    size_t i = 0;
    for(DrvNode * n = drivers(); n; n = n->next) buf[i++] = n->drv->letter;
    buf[i] = '\0';
    return buf;
}

const char * lv_fs_get_ext(const char * fn)
{
    if(fn == nullptr) return "";
    const char * dot = nullptr;
    for(const char * p = fn; *p; p++) {
        if(*p == '.') dot = p;
        else if(*p == '/' || *p == '\\' || *p == ':') dot = nullptr;
    }
    return dot ? dot + 1 : "";
}

char * lv_fs_up(char * path)
{
    if(path == nullptr) return nullptr;
    size_t len = lv_strlen(path);
    while(len > 0 && (path[len - 1] == '/' || path[len - 1] == '\\')) path[--len] = '\0';
    while(len > 0 && path[len - 1] != '/' && path[len - 1] != '\\' && path[len - 1] != ':') len--;
    while(len > 0 && (path[len - 1] == '/' || path[len - 1] == '\\')) len--;
    path[len] = '\0';
    return path;
}

const char * lv_fs_get_last(const char * path)
{
    if(path == nullptr) return "";
    const char * last = path;
    for(const char * p = path; *p; p++) {
        if((*p == '/' || *p == '\\' || *p == ':') && p[1] != '\0') last = p + 1;
    }
    return last;
}

} // extern "C"
