/**
 * @file lv_sdl_loader.cpp
 * Opens libSDL2 at run time and fills the table the drivers call SDL through.
 */
#include "lv_sdl_private.h"

#include <dlfcn.h>

lv_sdl_api_t lv_sdl_api;

namespace {

const char * const LIBRARY_NAMES[] = {"libSDL2-2.0.so.0", "libSDL2.so"};

void * open_library()
{
    for(const char * name : LIBRARY_NAMES) {
        void * handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
        if(handle) return handle;
    }
    return nullptr;
}

} // namespace

bool lv_sdl_load(void)
{
    static int state = 0; /* 0 not tried, 1 loaded, -1 unavailable */
    if(state) return state > 0;
    state = -1;
    void * lib = open_library();
    if(!lib) return false;
    lv_sdl_api_t api;
#define LV_SDL_RESOLVE(name)                                                        \
    api.name = reinterpret_cast<decltype(api.name)>(dlsym(lib, "SDL_" #name));      \
    if(!api.name) return false;
    LV_SDL_FUNCTIONS(LV_SDL_RESOLVE)
#undef LV_SDL_RESOLVE
    lv_sdl_api = api;
    state = 1;
    return true;
}
