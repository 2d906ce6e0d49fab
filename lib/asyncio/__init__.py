# asyncio for pyvgl, with MicroPython's API and scheduling order.
#
# One run queue ordered by (deadline, order of arrival): a task that is ready now is
# queued with deadline "now", a sleeping task with its wake-up time, and the loop always
# runs the earliest entry. A task that waits on something (another task, an Event, a
# Lock, gather, input) is out of the queue and listed by that thing; `task._waiting_on`
# records where, so cancel() can take it out again. Cancelling a task that awaits
# another task cancels the awaited one instead (the error then reaches the outer task
# through the await), as MicroPython does.
#
# Awaitables below register the current task themselves, then yield _SUSPENDED: the loop
# does nothing more with that task until someone queues it again. A bare `yield` (None)
# from a generator-based coroutine means "run again after the others" (sleep(0)).
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


_SUSPENDED = object()


class _Suspend:
    # the suspension point of every awaitable here: returns what the waker sends
    def __await__(self):
        return (yield _SUSPENDED)


_suspend = _Suspend()

# ---- scheduler state (one loop per program, like MicroPython) ----
_queue = []      # heap of [deadline, order, task, token]; stale when token != task._token
_order = 0
_io = None       # _IoWaiters, made on first use
_stop = False
_current = None
_exc_handler = None
_flags_set = []  # ThreadSafeFlags set with a waiter, woken at the loop's next look


def _earlier(a, b):
    d = ticks_diff(a[0], b[0])
    return d < 0 or (d == 0 and a[1] < b[1])


def _heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) >> 1
        if not _earlier(item, h[p]):
            break
        h[i] = h[p]
        i = p
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
        if not _earlier(h[c], last):
            break
        h[i] = h[c]
        i = c
    h[i] = last
    return top


def _push(task, delay_ms=0):
    # (re)queue a task to run delay_ms from now; an earlier queue entry goes stale
    global _order
    _order += 1
    task._token += 1
    task._waiting_on = None
    task._deadline = ticks_add(ticks_ms(), delay_ms)
    task._queued = task._token  # the entry is live while the token stays the same
    _heap_push(_queue, [task._deadline, _order, task, task._token])


def _unqueue(task):
    task._token += 1


class Task:
    def __init__(self, coro):
        self.coro = coro
        self._token = 0
        self._queued = -1        # token of its live run-queue entry, if any
        self._deadline = 0
        self._waiting_on = None  # a Task, or a list-like with remove(task)
        self._throw = None       # exception to raise in the coroutine when it next runs
        self._send = None        # value to send when it next runs
        self._done = False
        self._result = None
        self._exc = None
        self._waiters = []       # tasks awaiting this one
        self._callbacks = []     # called with the task when it finishes (gather)
        self._retrieved = False  # its exception was seen by someone

    def done(self):
        return self._done

    def cancelled(self):
        return self._done and isinstance(self._exc, CancelledError)

    def result(self):
        if not self._done:
            raise InvalidStateError()
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError()
        self._retrieved = True
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def cancel(self, msg=None):
        if self._done:
            return False
        if self is _current:
            raise RuntimeError("can't cancel self")
        target = self
        while isinstance(target._waiting_on, Task):
            target = target._waiting_on
        where = target._waiting_on
        if where is not None:
            where.remove(target)
            _push(target)
        elif target._queued != target._token or ticks_diff(target._deadline, ticks_ms()) > 0:
            _push(target)  # bring a sleeping task forward; a due one keeps its turn
        target._throw = CancelledError() if msg is None else CancelledError(msg)
        target._send = None
        return True

    def __await__(self):
        if not self._done:
            if self._callbacks:
                raise RuntimeError("can't wait")  # it is being gathered (as MicroPython)
            me = _current
            self._waiters.append(me)
            me._waiting_on = self
            yield _SUSPENDED
        self._retrieved = True
        if self._exc is not None:
            raise self._exc
        return self._result

    def __iter__(self):
        return self.__await__()

    def __repr__(self):
        return '<Task>'

    def _step(self):
        global _current
        exc = self._throw
        value = self._send
        self._throw = None
        self._send = None
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
            if not isinstance(e, (Exception, CancelledError)):
                raise  # KeyboardInterrupt, SystemExit: stop the loop
            return
        _current = None
        if cmd is not _SUSPENDED:
            _push(self)  # a bare yield: run again after the others

    def _finish(self, result, exc):
        self._done = True
        self._result = result
        self._exc = exc
        waiters = self._waiters
        callbacks = self._callbacks
        self._waiters = []
        self._callbacks = []
        for t in waiters:
            _push(t)
        for cb in callbacks:
            cb(self)
        if (exc is not None and not waiters and not callbacks
                and not isinstance(exc, (CancelledError, StopIteration))):
            # report it later unless someone retrieves it first
            _push(_Unretrieved(self))


class _Unretrieved:
    # a queue entry that reports a task's exception nobody retrieved
    def __init__(self, task):
        self.task = task
        self._token = 0
        self._waiting_on = None

    def _step(self):
        t = self.task
        if not t._retrieved:
            t._retrieved = True
            _loop.call_exception_handler({'message': "Task exception wasn't retrieved",
                                          'exception': t._exc, 'future': t})


def _as_task(aw):
    if isinstance(aw, Task):
        return aw
    return create_task(aw)


def create_task(coro):
    if not hasattr(coro, 'send'):
        raise TypeError('coroutine expected')
    t = Task(coro)
    _push(t)
    return t


def ensure_future(aw, loop=None):
    return _as_task(aw)


def current_task():
    if _current is None:
        raise RuntimeError('no running task')
    return _current


class _Sleep:
    def __init__(self, ms):
        self.ms = ms

    def __await__(self):
        _push(_current, max(0, self.ms))
        yield _SUSPENDED


async def sleep_ms(t):
    await _Sleep(int(t))


async def sleep(t):
    await _Sleep(int(t * 1000))


class _WaitList(list):
    # tasks parked on an Event or a Lock, in arrival order
    def park(self, task):
        self.append(task)
        task._waiting_on = self

    def wake_first(self):
        t = self.pop(0)
        _push(t)
        return t


class _WaitForState:
    # shared by wait_for and the task that awaits the inner task on its behalf
    def __init__(self):
        self.over = False     # wait_for has its outcome (or gave up waiting)
        self.error = None     # what the inner task raised
        self.value = None     # what it returned


async def _wait_for_runner(task, waiter, st):
    try:
        st.value = await task
    except BaseException as e:
        st.error = e
    if not st.over:
        st.over = True
        waiter.cancel()  # wakes wait_for from its sleep


async def wait_for_ms(aw, timeout, sleep=sleep_ms):
    # like MicroPython: a runner task awaits the inner task while this one sleeps for
    # the timeout; whichever ends first interrupts the other
    task = _as_task(aw)
    if timeout is None:
        return await task
    st = _WaitForState()
    runner = create_task(_wait_for_runner(task, _current, st))
    try:
        await sleep(timeout)
    except CancelledError:
        if not st.over:
            st.over = True
            if task._done:
                return task.result()  # too late to cancel: it has its outcome
            # cancelled from outside: cancel the inner task and leave at once (its clean-up
            # runs afterwards, as in MicroPython; CPython waits for it)
            runner.cancel()
            raise
        if st.error is not None:
            raise st.error
        return st.value
    # timed out: cancel the inner task; it may still finish normally
    st.over = True
    runner.cancel()
    await runner
    if st.error is None:
        return st.value
    if isinstance(st.error, CancelledError):
        raise TimeoutError
    raise st.error


def wait_for(aw, timeout):
    return wait_for_ms(aw, timeout, sleep)


class _Gather:
    def __init__(self, tasks, return_exceptions, waiter):
        self.tasks = tasks
        self.return_exceptions = return_exceptions
        self.waiter = waiter
        self.pending = len(tasks)
        self.error = None
        self.over = False
        self.suspended = False  # the waiter sleeps in gather: wake it when over
        self.on_done = self.child_done  # one bound method, so that it can be removed

    def child_done(self, task):
        if self.over:
            return
        self.pending -= 1
        task._retrieved = True
        if task._exc is not None and not self.return_exceptions:
            self.error = task._exc
        if self.error is not None or self.pending == 0:
            self.over = True
            if self.suspended:
                _push(self.waiter)

    def release(self):
        # the gathering task goes on: the tasks still running (the gather failed early) are
        # no longer tied to it and may be awaited again; until then one that fails is still
        # the gather's (not reported as unretrieved), as in MicroPython
        for t in self.tasks:
            if self.on_done in t._callbacks:
                t._callbacks.remove(self.on_done)

    def remove(self, task):
        # the gathering task is being cancelled: so are the tasks it gathers, at once
        self.over = True
        for t in self.tasks:
            if not t._done:
                t.cancel()


async def gather(*aws, return_exceptions=False):
    tasks = [_as_task(a) for a in aws]
    for t in tasks:
        if t._waiters:
            raise RuntimeError("can't gather")  # another task awaits it (as MicroPython)
    st = _Gather(tasks, return_exceptions, _current)
    for t in tasks:
        if t._done:
            st.child_done(t)
        else:
            t._callbacks.append(st.on_done)
    if not st.over and tasks:
        _current._waiting_on = st
        st.suspended = True
        try:
            await _suspend
        except CancelledError:
            st.remove(None)
            raise
    st.release()
    if st.error is not None:
        raise st.error
    return [t._exc if t._exc is not None else t._result for t in tasks]


class Event:
    def __init__(self):
        self._flag = False
        self._waiting = _WaitList()

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        while self._waiting:
            self._waiting.wake_first()

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            self._waiting.park(_current)
            await _suspend
        return True


class ThreadSafeFlag(Event):
    # an Event whose set() wakes one waiter and whose wait() clears the flag again. The
    # waiter is woken when the loop next looks (MicroPython polls the flag with the I/O
    # between two tasks), so it runs after the tasks queued by then.
    def set(self):
        self._flag = True
        if self._waiting and self not in _flags_set:
            _flags_set.append(self)

    async def wait(self):
        await Event.wait(self)
        self._flag = False


class Lock:
    # _state: 0 free, 1 held, or the waiting Task it was handed to on release (still
    # taken, but locked() is False until that task runs, as in MicroPython)
    def __init__(self):
        self._state = 0
        self._waiting = _WaitList()

    def locked(self):
        return self._state == 1

    async def acquire(self):
        if self._state != 0:
            me = _current
            self._waiting.park(me)
            try:
                await _suspend
            except CancelledError:
                if self._state is me:
                    # handed over but cancelled before it ran: pass it on
                    self._state = 1
                    self.release()
                raise
        self._state = 1
        return True

    def release(self):
        if self._state != 1:
            raise RuntimeError('Lock not acquired')
        if self._waiting:
            self._state = self._waiting.wake_first()
        else:
            self._state = 0

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _IoWaiters(list):
    # [stream, task] pairs waiting for input
    def park(self, stream, task):
        self.append([stream, task])
        task._waiting_on = self

    def remove(self, task):
        for i in range(len(self)):
            if self[i][1] is task:
                del self[i]
                return


class _ReadWait:
    def __init__(self, stream):
        self.stream = stream

    def __await__(self):
        global _io
        if _io is None:
            _io = _IoWaiters()
        _io.park(self.stream, _current)
        yield _SUSPENDED


class StreamReader:
    # MicroPython's Stream (StreamReader and StreamWriter are the same class): reads from a
    # stream (sys.stdin) without blocking the other tasks; write() hands the data to the
    # stream at once when it takes it (no heap then) and keeps the rest for drain()
    def __init__(self, stream, extra=None):
        self.s = stream
        self.e = extra
        self.out_buf = b''

    def get_extra_info(self, name):
        return self.e[name]

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

    async def readexactly(self, n):
        r = b''
        while len(r) < n:
            part = await self.read(n - len(r))
            if not part:
                raise EOFError
            r += part
        return r

    def write(self, buf):
        if not self.out_buf:
            n = self.s.write(buf)
            if n == len(buf):
                return
            if n is not None:
                buf = buf[n:]
        self.out_buf += buf

    async def drain(self):
        while self.out_buf:
            n = self.s.write(self.out_buf)
            if n:
                self.out_buf = self.out_buf[n:]
            else:
                await sleep_ms(1)  # the stream takes nothing now: try again shortly

    def close(self):
        pass

    async def wait_closed(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.drain()


StreamWriter = StreamReader


# MicroPython's TCP helpers go through its socket module, which this port does not have:
# they exist, and fail as MicroPython's do without sockets
async def open_connection(host, port, ssl=None, server_hostname=None):
    raise ImportError("no module named 'socket'")


async def start_server(cb, host, port, backlog=5, ssl=None):
    raise ImportError("no module named 'socket'")


def _io_wait(timeout_ms):
    # wait for input on the streams tasks are blocked on, at most timeout_ms (-1 forever)
    if not _io:
        if timeout_ms > 0:
            _sleep_ms(timeout_ms)
        return
    p = _select.poll()
    for s, t in _io:
        p.register(s, _select.POLLIN)
    ready = [s for s, ev in p.poll(timeout_ms)]
    for entry in _io[:]:
        if entry[0] in ready:
            _io.remove(entry[1])
            _push(entry[1])


def _next_entry():
    # the earliest live queue entry once it is due, waiting for it (and for input);
    # None once stop() was called
    while not _stop:
        while _flags_set:
            f = _flags_set.pop(0)
            if f._flag and f._waiting:
                f._waiting.wake_first()
        while _queue and _queue[0][3] != _queue[0][2]._token:
            _heap_pop(_queue)  # cancelled or re-queued since
        if not _queue:
            if _io:
                _io_wait(-1)
            else:
                # every task waits for something (an Event set by a scheduled or GUI
                # callback, say): stay idle like MicroPython and CPython, callbacks run
                _sleep_ms(_IDLE_MS)
            continue
        delay = ticks_diff(_queue[0][0], ticks_ms())
        if _io:
            _io_wait(max(0, delay))
        elif delay > 0:
            _sleep_ms(delay)
            continue
        if ticks_diff(_queue[0][0], ticks_ms()) <= 0:
            return _heap_pop(_queue)


_IDLE_MS = 5


def _run_until(main):
    global _stop
    while not _stop and not (main is not None and main._done):
        entry = _next_entry()
        if entry is None:
            break
        task = entry[2]
        task._token += 1
        task._waiting_on = None
        task._step()
    _stop = False
    if main is not None and main._done:
        return main.result()


def run(coro):
    # like MicroPython (not CPython): tasks created before run() still run (e.g. the GUI
    # refresh task of lv_utils.event_loop(asyncio=True)), and tasks left over stay queued
    global _stop
    _stop = False
    return _run_until(create_task(coro))


def run_until_complete(aw=None):
    return _run_until(None if aw is None else _as_task(aw))


def _reset():
    global _stop, _current, _io
    del _queue[:]
    del _flags_set[:]
    _io = None
    _stop = False
    _current = None


class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_until_complete(self, aw):
        return run_until_complete(aw)

    def run_forever(self):
        _run_until(None)

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
