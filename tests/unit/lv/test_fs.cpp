// lv_fs: drive letters, routing to drivers, the read cache, path helpers, the stdio driver.
#include "lv_fixture.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include <string>

namespace {

/** A driver serving one in-memory file and counting the calls that reach it. */
struct MemFile {
    std::string data = "0123456789abcdefghijklmnopqrstuvwxyz";
    uint32_t pos = 0;
    int reads = 0, seeks = 0, opens = 0, closes = 0;
    std::string opened_path;
};
MemFile g_mem;

void * mem_open(lv_fs_drv_t *, const char * path, lv_fs_mode_t)
{
    g_mem.opens++;
    g_mem.opened_path = path;
    g_mem.pos = 0;
    return strcmp(path, "missing") == 0 ? nullptr : &g_mem;
}
lv_fs_res_t mem_close(lv_fs_drv_t *, void *)
{
    g_mem.closes++;
    return LV_FS_RES_OK;
}
lv_fs_res_t mem_read(lv_fs_drv_t *, void *, void * buf, uint32_t btr, uint32_t * br)
{
    g_mem.reads++;
    uint32_t left = (uint32_t)g_mem.data.size() - g_mem.pos;
    *br = btr < left ? btr : left;
    memcpy(buf, g_mem.data.data() + g_mem.pos, *br);
    g_mem.pos += *br;
    return LV_FS_RES_OK;
}
lv_fs_res_t mem_seek(lv_fs_drv_t *, void *, uint32_t pos, lv_fs_whence_t whence)
{
    g_mem.seeks++;
    uint32_t base = whence == LV_FS_SEEK_END ? (uint32_t)g_mem.data.size() : whence == LV_FS_SEEK_CUR ? g_mem.pos : 0;
    g_mem.pos = base + pos;
    return LV_FS_RES_OK;
}
lv_fs_res_t mem_tell(lv_fs_drv_t *, void *, uint32_t * pos)
{
    *pos = g_mem.pos;
    return LV_FS_RES_OK;
}

class FsTest : public LvTest {
protected:
    void SetUp() override
    {
        LvTest::SetUp();
        g_mem = MemFile();
        lv_fs_drv_init(&drv);
        drv.letter = 'M';
        drv.open_cb = mem_open;
        drv.close_cb = mem_close;
        drv.read_cb = mem_read;
        drv.seek_cb = mem_seek;
        drv.tell_cb = mem_tell;
    }
    std::string read(lv_fs_file_t * f, uint32_t n)
    {
        std::string out(n, '\0');
        uint32_t br = 0;
        EXPECT_EQ(lv_fs_read(f, &out[0], n, &br), LV_FS_RES_OK);
        out.resize(br);
        return out;
    }
    lv_fs_drv_t drv;
};

TEST_F(FsTest, RoutesByLetterAndStripsIt)
{
    lv_fs_drv_register(&drv);
    EXPECT_EQ(lv_fs_get_drv('M'), &drv);
    EXPECT_EQ(lv_fs_get_drv('Q'), nullptr);
    lv_fs_file_t f;
    ASSERT_EQ(lv_fs_open(&f, "M:dir/file.txt", LV_FS_MODE_RD), LV_FS_RES_OK);
    EXPECT_EQ(g_mem.opened_path, "dir/file.txt");
    EXPECT_EQ(read(&f, 4), "0123");
    uint32_t pos = 0;
    EXPECT_EQ(lv_fs_tell(&f, &pos), LV_FS_RES_OK);
    EXPECT_EQ(pos, 4u);
    EXPECT_EQ(lv_fs_close(&f), LV_FS_RES_OK);
    EXPECT_EQ(g_mem.closes, 1);
}

TEST_F(FsTest, ErrorsAreResultCodes)
{
    lv_fs_file_t f;
    EXPECT_EQ(lv_fs_open(&f, "M:x", LV_FS_MODE_RD), LV_FS_RES_NOT_EX);  // not registered yet
    lv_fs_drv_register(&drv);
    EXPECT_EQ(lv_fs_open(&f, nullptr, LV_FS_MODE_RD), LV_FS_RES_INV_PARAM);
    EXPECT_EQ(lv_fs_open(&f, "M:missing", LV_FS_MODE_RD), LV_FS_RES_UNKNOWN);
    EXPECT_EQ(lv_fs_close(&f), LV_FS_RES_INV_PARAM);  // the failed open left nothing open
    drv.ready_cb = [](lv_fs_drv_t *) { return false; };
    EXPECT_FALSE(lv_fs_is_ready('M'));
    EXPECT_EQ(lv_fs_open(&f, "M:x", LV_FS_MODE_RD), LV_FS_RES_HW_ERR);
    drv.ready_cb = nullptr;
    ASSERT_EQ(lv_fs_open(&f, "M:x", LV_FS_MODE_RD), LV_FS_RES_OK);
    uint32_t bw = 7;
    EXPECT_EQ(lv_fs_write(&f, "ab", 2, &bw), LV_FS_RES_NOT_IMP);  // no write_cb
    EXPECT_EQ(bw, 0u);
    lv_fs_dir_t d;
    EXPECT_EQ(lv_fs_dir_open(&d, "M:"), LV_FS_RES_NOT_IMP);
    lv_fs_close(&f);
}

TEST_F(FsTest, LaterRegistrationOfALetterWins)
{
    lv_fs_drv_t other;
    lv_fs_drv_init(&other);
    other.letter = 'M';
    lv_fs_drv_register(&drv);
    lv_fs_drv_register(&other);
    EXPECT_EQ(lv_fs_get_drv('M'), &other);
    char letters[8];
    EXPECT_STREQ(lv_fs_get_letters(letters), "M");
}

TEST_F(FsTest, CacheServesSmallReadsFromOneDriverRead)
{
    drv.cache_size = 16;
    lv_fs_drv_register(&drv);
    lv_fs_file_t f;
    ASSERT_EQ(lv_fs_open(&f, "M:x", LV_FS_MODE_RD), LV_FS_RES_OK);
    EXPECT_EQ(read(&f, 3), "012");
    EXPECT_EQ(read(&f, 3), "345");
    EXPECT_EQ(read(&f, 10), "6789abcdef");
    EXPECT_EQ(g_mem.reads, 1);  // all 16 bytes came in one block
    EXPECT_EQ(read(&f, 4), "ghij");  // crosses into the next block
    EXPECT_EQ(g_mem.reads, 2);
    ASSERT_EQ(lv_fs_seek(&f, 2, LV_FS_SEEK_SET), LV_FS_RES_OK);
    EXPECT_EQ(read(&f, 2), "23");
    uint32_t pos = 0;
    lv_fs_tell(&f, &pos);
    EXPECT_EQ(pos, 4u);
    ASSERT_EQ(lv_fs_seek(&f, 0, LV_FS_SEEK_END), LV_FS_RES_OK);
    lv_fs_tell(&f, &pos);
    EXPECT_EQ(pos, 36u);
    EXPECT_EQ(read(&f, 5), "");  // end of file
    ASSERT_EQ(lv_fs_seek(&f, 30, LV_FS_SEEK_SET), LV_FS_RES_OK);
    EXPECT_EQ(read(&f, 100), "uvwxyz");
    lv_fs_close(&f);
}

TEST_F(FsTest, PathHelpers)
{
    EXPECT_STREQ(lv_fs_get_ext("S:img/cat.png"), "png");
    EXPECT_STREQ(lv_fs_get_ext("S:dir.d/noext"), "");
    EXPECT_STREQ(lv_fs_get_last("S:/a/b/c.txt"), "c.txt");
    EXPECT_STREQ(lv_fs_get_last("S:/a/dir/"), "dir/");
    EXPECT_STREQ(lv_fs_get_last("name"), "name");
    char p1[] = "S:/a/b/c";
    EXPECT_STREQ(lv_fs_up(p1), "S:/a/b");
    char p2[] = "S:/a/b/";
    EXPECT_STREQ(lv_fs_up(p2), "S:/a");
    char p3[] = "S:a";
    EXPECT_STREQ(lv_fs_up(p3), "S:a");
    lv_fs_path_ex_t ex;
    static const char blob[] = "xyz";
    lv_fs_make_path_from_buffer(&ex, 'M', blob, 3);
    EXPECT_STREQ(ex.path, "M:");
    EXPECT_EQ(ex.buffer, blob);
    EXPECT_EQ(ex.size, 3u);
}

TEST_F(FsTest, StdioDriverReadsWritesAndListsDirectories)
{
    char dir[] = "/tmp/pyvgl_fs_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    lv_fs_drv_t sd;
    lv_fs_drv_init(&sd);
    lv_fs_drv_init_stdio(&sd);
    sd.letter = 'S';
    sd.cache_size = 8;
    lv_fs_drv_register(&sd);
    std::string file = std::string("S:") + dir + "/hello.txt";
    lv_fs_file_t f;
    ASSERT_EQ(lv_fs_open(&f, file.c_str(), LV_FS_MODE_WR), LV_FS_RES_OK);
    uint32_t bw = 0;
    EXPECT_EQ(lv_fs_write(&f, "hello, file", 11, &bw), LV_FS_RES_OK);
    EXPECT_EQ(bw, 11u);
    lv_fs_close(&f);
    ASSERT_EQ(lv_fs_open(&f, file.c_str(), LV_FS_MODE_RD), LV_FS_RES_OK);
    EXPECT_EQ(read(&f, 5), "hello");
    EXPECT_EQ(read(&f, 50), ", file");
    lv_fs_close(&f);
    std::string sub = std::string(dir) + "/sub";
    ASSERT_EQ(mkdir(sub.c_str(), 0700), 0);
    lv_fs_dir_t d;
    ASSERT_EQ(lv_fs_dir_open(&d, (std::string("S:") + dir).c_str()), LV_FS_RES_OK);
    std::vector<std::string> names;
    char fn[64];
    while(lv_fs_dir_read(&d, fn, sizeof fn) == LV_FS_RES_OK && fn[0]) names.push_back(fn);
    lv_fs_dir_close(&d);
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"/sub", "hello.txt"}));
    rmdir(sub.c_str());
    unlink((std::string(dir) + "/hello.txt").c_str());
    rmdir(dir);
}

}  // namespace
