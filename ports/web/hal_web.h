// The browser port's HAL (hal_web.cpp) beyond py/hal.h.
#pragma once

/** The page's Stop button: the running script gets KeyboardInterrupt at its next check
 *  (it sees it while it computes or sleeps: web_loop.cpp gives the page turns then). */
void hal_web_request_interrupt();
