# lv_utils: the event loop API of lv_binding_micropython's lib/lv_utils.py, so scripts
# written for the original run unchanged.
#
# On the original, nothing runs the engine unless event_loop() does: it advances the tick
# and calls lv.task_handler() from a machine.Timer, or from an asyncio task with
# asynchronous=True. pyvgl's unix port already runs the engine by itself (the tick is the
# monotonic clock; the timer handler runs while Python code runs, while it sleeps, and while
# the REPL waits: ports/unix/README.md). event_loop() coexists with that:
#   - lv.task_handler() never runs twice at once (the engine refuses re-entry) and only does
#     what is due, so a call from here right after the port's does nothing: no double
#     refresh, no tick counted twice (lv.tick_inc is not called: the clock is real time);
#   - it never runs inside a GUI callback (the port checks; here the task runs between
#     asyncio tasks, never nested in the engine);
#   - with asynchronous=True (or asyncio=True) a task calls lv.task_handler() every 1/freq
#     s, so an asyncio program sees the GUI serviced between its own tasks, exactly as on
#     the original; the port also services it while asyncio waits for its next deadline;
#   - otherwise an engine timer every 1/freq s calls refresh_cb (nothing else is needed).
# freq, timer_id and max_scheduled are accepted as on the original; disable()/enable() stop
# and restart this loop's own calls (the port's service continues).
import lvgl as lv
import sys


class event_loop:
    _current_instance = None

    def __init__(self, freq=25, timer_id=0, max_scheduled=2, refresh_cb=None,
                 asynchronous=False, exception_sink=None, asyncio=False):
        if self.is_running():
            raise RuntimeError("Event loop is already running!")
        if not lv.is_initialized():
            lv.init()
        if freq <= 0:
            raise ValueError("freq must be positive")
        event_loop._current_instance = self
        self.delay = max(1, 1000 // freq)
        self.refresh_cb = refresh_cb
        self.exception_sink = exception_sink if exception_sink else self.default_exception_sink
        self.asynchronous = bool(asynchronous or asyncio)
        self.max_scheduled = max_scheduled
        self.scheduled = 0
        self.timer = None
        self.refresh_task = None
        if self.asynchronous:
            import asyncio as _asyncio
            self.refresh_task = _asyncio.create_task(self._async_refresh(_asyncio))
        else:
            self.timer = lv.timer_create(self._timer_cb, self.delay, None)

    def deinit(self):
        if self.refresh_task is not None:
            self.refresh_task.cancel()
            self.refresh_task = None
        if self.timer is not None:
            self.timer.delete()
            self.timer = None
        if event_loop._current_instance is self:
            event_loop._current_instance = None

    def disable(self):
        self.scheduled += self.max_scheduled

    def enable(self):
        self.scheduled -= self.max_scheduled

    @staticmethod
    def is_running():
        return event_loop._current_instance is not None

    @staticmethod
    def current_instance():
        return event_loop._current_instance

    def _enabled(self):
        return self.scheduled < self.max_scheduled

    def _refresh(self, run_engine):
        try:
            if run_engine:
                lv.task_handler()
            if self.refresh_cb:
                self.refresh_cb()
        except Exception as e:
            if self.exception_sink:
                self.exception_sink(e)

    def _timer_cb(self, timer):
        # runs inside the engine's timer handler: only the refresh callback is left to do
        if self._enabled() and self.refresh_cb:
            self._refresh(False)

    async def _async_refresh(self, asyncio):
        while True:
            await asyncio.sleep_ms(self.delay)
            if self._enabled():
                self._refresh(True)

    def default_exception_sink(self, e):
        sys.print_exception(e)
        inst = event_loop.current_instance()
        if inst:
            inst.deinit()
