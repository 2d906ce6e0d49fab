// Between two runs of a script on the same displays (gui_reset.cpp): used by pyvgl --watch
// and by the web port's Run button.
#pragma once

/** Remembers the timers that exist now as the engine's and the drivers' (refresh, input,
 *  animations): gui_reset keeps them, every timer made later is the script's. Call once the
 *  display exists, before the first run. */
void gui_reset_remember_engine_timers();

/** Deletes the script's timers and every animation, loads a fresh active screen on every
 *  display and deletes the other screens and the top layer's children. Nothing before lv_init. */
void gui_reset();
