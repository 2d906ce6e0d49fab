// pyvgl --watch: live reload of a script (watch.cpp).
#pragma once

/** Runs `script`, then again in a fresh screen and __main__ each time the file is saved,
 *  until Ctrl-C, the window is closed, or max_runs runs (0: no limit). Exit status: 0 when
 *  the last run succeeded, 1 when it failed. Call with sys.argv / sys.path set as for a script. */
int watch_run(const char* script, int max_runs);
