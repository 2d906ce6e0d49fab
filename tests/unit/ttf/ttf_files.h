// The TrueType files the ttf tests read: Montserrat Medium (npm, the built-in fonts'
// source) and DejaVu (Debian fonts-dejavu-core; the math font from fonts-dejavu-extra); reader internals of lv/src/libs/tiny_ttf.
#pragma once

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "lvgl.h"
#include "../../../lv/src/libs/tiny_ttf/lv_ttf_reader.h"

/** The source tree: __FILE__ is <root>/tests/unit/ttf/ttf_files.h, absolute or relative to
 *  the build directory the compiler ran in (the test's executable is <build>/tests/). */
inline std::string repo_root()
{
    std::string here = __FILE__;
    if(here[0] != '/') {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        std::string build = n > 0 ? std::string(exe, (size_t)n) : std::string(".");
        for(int i = 0; i < 2; i++) build = build.substr(0, build.rfind('/'));
        here = build + "/" + here;
    }
    for(int i = 0; i < 4; i++) here = here.substr(0, here.rfind('/'));
    return here;
}

inline std::string montserrat_path()
{
    return repo_root() + "/node_modules/@expo-google-fonts/montserrat/Montserrat_500Medium.ttf";
}
inline std::string dejavu_path() { return "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; }
inline std::string dejavu_math_path() { return "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"; }

inline std::vector<uint8_t> read_file(const std::string & path)
{
    std::vector<uint8_t> out;
    FILE * f = fopen(path.c_str(), "rb");
    if(!f) return out;
    uint8_t buf[65536];
    size_t n;
    while((n = fread(buf, 1, sizeof buf, f)) > 0) out.insert(out.end(), buf, buf + n);
    fclose(f);
    return out;
}
