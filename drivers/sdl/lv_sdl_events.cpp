/**
 * @file lv_sdl_events.cpp
 * SDL start-up and the event poller. SDL events are read by an engine timer, so input is
 * processed on the thread that calls lv_timer_handler (never concurrently with the
 * engine), and the indev read callbacks only look at state this poller left behind.
 */
#include "lv_sdl_private.h"
#include "lv_sdl_window.h"

namespace {

/* The poller runs this often: often enough that a click feels immediate, rarely enough
 * that an idle window costs almost nothing. */
constexpr uint32_t POLL_PERIOD_MS = 10;
constexpr int MAX_INDEVS = 16;

struct Registration {
    lv_indev_t * indev;
    lv_sdl_event_handler_t handler;
};

struct SdlState {
    bool initialized;
    bool quit_requested;
    lv_timer_t * poll_timer;
    Registration indevs[MAX_INDEVS];
};

SdlState sdl;

/* Added to SDL's clock so that switching the engine to it does not make time jump: timers
 * and animations started on an earlier clock (the port's) keep their pace. */
uint32_t tick_offset;

uint32_t sdl_ticks() { return SDL_GetTicks() + tick_offset; }

void use_sdl_ticks()
{
    tick_offset = lv_tick_get() - SDL_GetTicks();
    lv_tick_set_cb(sdl_ticks);
}

void dispatch(const SDL_Event & event)
{
    if(event.type == SDL_QUIT) sdl.quit_requested = true;
    lv_sdl_window_handle_event(&event);
    for(Registration & r : sdl.indevs) {
        if(r.indev) r.handler(r.indev, &event);
    }
}

void poll_events(lv_timer_t *)
{
    SDL_Event event;
    while(SDL_PollEvent(&event)) dispatch(event);
}

/** Whether the poll timer still exists: lv_deinit deletes every timer, also ours, when a
 *  program ends the engine without lv_sdl_quit. */
bool poll_timer_alive()
{
    for(lv_timer_t * t = lv_timer_get_next(nullptr); t; t = lv_timer_get_next(t)) {
        if(t == sdl.poll_timer) return true;
    }
    return false;
}

void forget_indev(lv_event_t * e)
{
    lv_indev_t * indev = static_cast<lv_indev_t *>(lv_event_get_user_data(e));
    for(Registration & r : sdl.indevs) {
        if(r.indev == indev) r = {nullptr, nullptr};
    }
    lv_free(lv_indev_get_driver_data(indev));
    lv_indev_set_driver_data(indev, nullptr);
}

} // namespace

bool lv_sdl_init(void)
{
    if(sdl.initialized && poll_timer_alive()) return true;
    if(sdl.initialized) {
        /* the engine was restarted under us: SDL is up, the timer must be made again */
        sdl.poll_timer = lv_timer_create(poll_events, POLL_PERIOD_MS, nullptr);
        if(!sdl.poll_timer) {
            SDL_SetError("out of memory");
            return false;
        }
        use_sdl_ticks();
        for(Registration & r : sdl.indevs) r = {nullptr, nullptr}; /* their indevs are gone too */
        return true;
    }
    if(!lv_sdl_load() || SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) return false;
    sdl.poll_timer = lv_timer_create(poll_events, POLL_PERIOD_MS, nullptr);
    if(!sdl.poll_timer) {
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        SDL_SetError("out of memory");
        return false;
    }
    use_sdl_ticks();
    SDL_StartTextInput();
    sdl.initialized = true;
    sdl.quit_requested = false;
    return true;
}

bool lv_sdl_is_initialized(void) { return sdl.initialized; }

bool lv_sdl_register_indev(lv_indev_t * indev, lv_sdl_event_handler_t handler)
{
    for(Registration & r : sdl.indevs) {
        if(!r.indev) {
            r = {indev, handler};
            lv_indev_add_event_cb(indev, forget_indev, LV_EVENT_DELETE, indev);
            return true;
        }
    }
    return false;
}

lv_indev_t * lv_sdl_indev_create(lv_indev_type_t type, lv_indev_read_cb_t read_cb, void * state,
                                 lv_sdl_event_handler_t handler)
{
    lv_indev_t * indev = (sdl.initialized && state) ? lv_indev_create() : nullptr;
    if(!indev) {
        lv_free(state);
        return nullptr;
    }
    lv_indev_set_type(indev, type);
    lv_indev_set_read_cb(indev, read_cb);
    lv_indev_set_driver_data(indev, state);
    if(!lv_sdl_register_indev(indev, handler)) {
        lv_indev_delete(indev); /* its state goes with it only once registered */
        lv_free(state);
        return nullptr;
    }
    return indev;
}

extern "C" {

bool lv_sdl_quit_requested(void) { return sdl.quit_requested || (sdl.initialized && lv_sdl_all_windows_closed()); }

void lv_sdl_quit(void)
{
    if(!sdl.initialized) return;
    lv_sdl_window_close_all();
    if(sdl.poll_timer && poll_timer_alive()) lv_timer_delete(sdl.poll_timer);
    sdl.poll_timer = nullptr;
    SDL_StopTextInput();
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    sdl.initialized = false;
    sdl.quit_requested = true;
}

} // extern "C"
