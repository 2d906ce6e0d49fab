# asyncio for pyvgl, with MicroPython's API: a single-threaded scheduler of tasks.
#
# A task runs its coroutine until the coroutine yields a command from one of the
# awaitables below:
#   None            run again after the other ready tasks (sleep(0))
#   _Sleep(ms)      run again when the deadline passes
#   _Park(where)    suspend; `where` (a list) receives (task, seq) and whoever owns it
#                   wakes the task later with _wake(task, seq, value)
#   _ReadWait(s)    run again when the stream s has input
# Every suspension gets a new sequence number, so a stale wake-up (a timer after a
# cancel, an event after a timeout) is recognised and ignored.
from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _sleep_ms
import select as _select
import builtins as _builtins
import sys as _sys

try:
    CancelledError = _builtins.CancelledError
except AttributeError:
    class CancelledError(BaseException):
        pass

TimeoutError = _builtins.TimeoutError


class InvalidStateError(Exception):
    pass


class _Sleep:
    def __init__(self, ms):
        self.ms = ms

    def __await__(self):
        yield self


class _Park:
    def __init__(self, where, timeout_ms=None):
        self.where = where
        self.timeout_ms = timeout_ms

    def __await__(self):
        return (yield self)


class _ReadWait:
    def __init__(self, stream):
        self.stream = stream

    def __await__(self):
        yield self


class _Yield:
    def __await__(self):
        yield None


# ---- scheduler state (one loop per program, like MicroPython) ----
_ready = []      # (task, seq, value, exc) to resume, FIFO
_sleeping = []   # (deadline, order, task, seq), a heap on (deadline, order)
_io = []         # (stream, task, seq)
_order = 0
_stop = False
_current = None
_exc_handler = None


def _heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) >> 1
        if item[0] == h[p][0] and item[1] < h[p][1] or ticks_diff(item[0], h[p][0]) < 0:
            h[i] = h[p]
            i = p
        else:
            break
    h[i] = item


def _heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top = h[0]
    n = len(h)
    i = 0
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and _earlier(h[c + 1], h[c]):
            c += 1
        if _earlier(h[c], last):
            h[i] = h[c]
            i = c
        else:
            break
    h[i] = last
    return top


def _earlier(a, b):
    d = ticks_diff(a[0], b[0])
    return d < 0 or (d == 0 and a[1] < b[1])


def _schedule(task, value=None, exc=None):
    task._seq += 1
    task._state = 1
    _ready.append((task, task._seq, value, exc))


def _wake(task, seq, value=None, exc=None):
    # resume a suspended task unless that suspension is over already
    if task._seq == seq and task._state == 2:
        _schedule(task, value, exc)


def _suspend(task):
    task._seq += 1
    task._state = 2
    return task._seq


def _add_timer(task, seq, ms):
    global _order
    _order += 1
    _heap_push(_sleeping, (ticks_add(ticks_ms(), max(0, int(ms))), _order, task, seq))


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._seq = 0
        self._state = 0      # 0 new, 1 ready, 2 suspended, 3 done
        self._result = None
        self._exc = None
        self._waiters = []   # (task, seq) awaiting this one
        self._cancelling = False
        self._gathered = False  # results collected by gather: no "not retrieved" report

    def done(self):
        return self._state == 3

    def cancelled(self):
        return self._state == 3 and isinstance(self._exc, CancelledError)

    def result(self):
        if self._state != 3:
            raise InvalidStateError('result is not set')
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if self._state != 3:
            raise InvalidStateError('exception is not set')
        return self._exc

    def cancel(self, msg=None):
        if self._state == 3:
            return False
        self._cancelling = True
        if self is _current:
            return True  # raised at its next suspension point
        _schedule(self, None, CancelledError() if msg is None else CancelledError(msg))
        return True

    def __await__(self):
        if self._state != 3:
            yield _Park(self._waiters)
        if self._exc is not None:
            raise self._exc
        return self._result

    def __iter__(self):
        return self.__await__()

    def __repr__(self):
        return '<Task>'

    def _step(self, value, exc):
        global _current
        _current = self
        try:
            if exc is not None:
                cmd = self.coro.throw(exc)
            else:
                cmd = self.coro.send(value)
        except StopIteration as e:
            _current = None
            self._finish(e.value, None)
            return
        except BaseException as e:
            _current = None
            self._finish(None, e)
            if not isinstance(e, Exception) and not isinstance(e, CancelledError):
                raise  # KeyboardInterrupt, SystemExit: stop the loop
            return
        _current = None
        if self._cancelling and exc is None:
            # the task cancelled itself while running: raise at this suspension point
            self._cancelling = False
            _schedule(self, None, CancelledError())
            return
        self._cancelling = False
        self._command(cmd)

    def _command(self, cmd):
        if cmd is None:
            _schedule(self)
        elif isinstance(cmd, _Sleep):
            _add_timer(self, _suspend(self), cmd.ms)
        elif isinstance(cmd, _Park):
            seq = _suspend(self)
            cmd.where.append((self, seq))
            if cmd.timeout_ms is not None:
                _add_timer(self, seq, cmd.timeout_ms)
        elif isinstance(cmd, _ReadWait):
            _io.append((cmd.stream, self, _suspend(self)))
        else:
            _schedule(self, None, RuntimeError('task got bad yield: %r' % (cmd,)))

    def _finish(self, result, exc):
        self._state = 3
        self._seq += 1
        self._result = result
        self._exc = exc
        waiters = self._waiters
        self._waiters = []
        for t, seq in waiters:
            _wake(t, seq, self)
        if (exc is not None and not waiters and not self._gathered
                and not isinstance(exc, (CancelledError, StopIteration))):
            _loop.call_exception_handler({'message': "Task exception wasn't retrieved",
                                          'exception': exc, 'future': self})


def _as_task(aw):
    if isinstance(aw, Task):
        return aw
    return create_task(aw)


def create_task(coro):
    if not hasattr(coro, 'send'):
        raise TypeError('coroutine expected')
    t = Task(coro)
    _schedule(t)
    return t


def ensure_future(aw, loop=None):
    return _as_task(aw)


def current_task():
    if _current is None:
        raise RuntimeError('no running task')
    return _current


async def sleep_ms(t):
    if t > 0:
        await _Sleep(t)
    else:
        await _Yield()


def sleep(t):
    return sleep_ms(t * 1000)


async def wait_for_ms(aw, timeout):
    task = _as_task(aw)
    if timeout is None:
        return await task
    if task._state != 3:
        woke_by = await _Park(task._waiters, timeout)
        if woke_by is not task:
            # timed out: cancel the inner task and let it finish its clean-up
            task.cancel()
            try:
                await task
            except CancelledError:
                pass
            except Exception:
                pass
            raise TimeoutError
    return task.result()


def wait_for(aw, timeout):
    return wait_for_ms(aw, None if timeout is None else timeout * 1000)


async def gather(*aws, return_exceptions=False):
    tasks = [_as_task(a) for a in aws]
    for t in tasks:
        t._gathered = True
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            if not return_exceptions:
                raise
            results.append(e)
        except CancelledError as e:
            if not return_exceptions:
                raise
            results.append(e)
    return results


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        waiters = self._waiters
        self._waiters = []
        for t, seq in waiters:
            _wake(t, seq, True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await _Park(self._waiters)
        return True


class ThreadSafeFlag(Event):
    async def wait(self):
        if not self._flag:
            await _Park(self._waiters)
        self._flag = False


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []
        self._owner = None

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            await _Park(self._waiters)
        self._locked = True
        self._owner = _current
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock not acquired')
        self._locked = False
        # hand over to the first waiter still waiting
        while self._waiters:
            t, seq = self._waiters.pop(0)
            if t._seq == seq and t._state == 2:
                _wake(t, seq)
                break

    async def __aenter__(self):
        await self.acquire()
        return self

    async def __aexit__(self, exc_type, exc, tb):
        # only the task that entered releases (robust if __aexit__ follows a failed enter)
        if self._locked and self._owner is _current:
            self.release()


class StreamReader:
    # reads from a stream (sys.stdin) without blocking the other tasks
    def __init__(self, stream):
        self.s = stream

    def _has_input(self):
        p = _select.poll()
        p.register(self.s, _select.POLLIN)
        return bool(p.poll(0))

    async def readline(self):
        while not self._has_input():
            await _ReadWait(self.s)
        return self.s.readline()

    async def read(self, n=-1):
        while not self._has_input():
            await _ReadWait(self.s)
        return self.s.read(n) if n >= 0 else self.s.read()

    def close(self):
        pass

    async def wait_closed(self):
        pass


StreamWriter = StreamReader


def _io_poll(timeout_ms):
    # wait for input on the streams tasks are blocked on, at most timeout_ms (-1 forever)
    if not _io:
        if timeout_ms > 0:
            _sleep_ms(timeout_ms)
        return
    p = _select.poll()
    for s, t, seq in _io:
        p.register(s, _select.POLLIN)
    ready = [s for s, ev in p.poll(timeout_ms)]
    keep = []
    for entry in _io:
        if entry[0] in ready:
            _wake(entry[1], entry[2])
        else:
            keep.append(entry)
    _io[:] = keep


def _run_once():
    # wake due timers, then run every task that was ready at this point
    while _sleeping:
        if ticks_diff(_sleeping[0][0], ticks_ms()) > 0:
            break
        d, o, t, seq = _heap_pop(_sleeping)
        _wake(t, seq)
    if _io:
        _io_poll(0)
    batch = _ready[:]
    del _ready[:]
    for t, seq, value, exc in batch:
        if t._seq == seq and t._state == 1:
            t._step(value, exc)


def _wait_for_work():
    if _ready:
        return True
    if _sleeping:
        delay = ticks_diff(_sleeping[0][0], ticks_ms())
        if delay > 0:
            _io_poll(delay)
        return True
    if _io:
        _io_poll(-1)
        return True
    return False


def _reset():
    global _stop, _current
    del _ready[:]
    del _sleeping[:]
    del _io[:]
    _stop = False
    _current = None


def _run_until(task):
    while task._state != 3:
        _run_once()
        if task._state != 3 and not _wait_for_work():
            raise RuntimeError('event loop stopped before the task finished')
    return task.result()


def run(coro):
    # like MicroPython (not CPython): tasks created before run() still run, e.g. the GUI
    # refresh task of lv_utils.event_loop(asyncio=True) created at start-up
    global _stop
    _stop = False
    return _run_until(create_task(coro))


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_until_complete(self, aw):
        return _run_until(_as_task(aw))

    def run_forever(self):
        global _stop
        _stop = False
        while not _stop:
            _run_once()
            if not _stop and not _wait_for_work():
                break
        _stop = False

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def is_running(self):
        return _current is not None

    def set_exception_handler(self, handler):
        global _exc_handler
        _exc_handler = handler

    def get_exception_handler(self):
        return _exc_handler

    def default_exception_handler(self, context):
        print(context['message'], file=_sys.stderr)
        print('future:', context['future'], 'coro=', context['future'].coro, file=_sys.stderr)
        _sys.print_exception(context['exception'], _sys.stderr)

    def call_exception_handler(self, context):
        (_exc_handler or Loop.default_exception_handler)(self, context)


_loop = Loop()


def get_event_loop(*args):
    return _loop


def new_event_loop():
    _reset()
    return _loop


def get_running_loop():
    return _loop
