"""The GUI stays alive without the script's help (headless: PYVGL_HEADLESS=1).

    PYVGL=build/pyvgl python3 tests/drivers/live_test.py -v

- time.sleep / sleep_ms / a busy loop run the engine's timers; never nested in a callback;
  a callback's exception is printed and the script goes on (live/sleep_timer.py);
- lv_utils.event_loop(asyncio=True): GUI callbacks interleave with asyncio tasks,
  is_running / current_instance / deinit / exception_sink (live/lv_utils_asyncio.py);
- asyncio waiting for a line on stdin (select.poll) keeps GUI timers running;
- pyvgl --watch: reruns on each save in a fresh screen and __main__, a failing version
  prints its traceback and the next save recovers; inotify and the polling fallback;
  stopped by SIGINT.
"""
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
PYVGL = os.path.abspath(os.environ.get('PYVGL', os.path.join(ROOT, 'build', 'pyvgl')))
ENV = dict(os.environ, PYVGL_HEADLESS='1')


def run_script(name):
    p = subprocess.run([PYVGL, os.path.join(HERE, 'live', name)], env=ENV, cwd=os.path.join(HERE, 'live'),
                       capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def flag_lines(out):
    """Lines of the form 'what: True|False [detail]'."""
    return [l for l in out.splitlines() if ': True' in l or ': False' in l]


class Watched:
    """pyvgl --watch on a file, with its output read as it comes."""

    def __init__(self, path, extra=(), env=None):
        self.proc = subprocess.Popen([PYVGL, '--watch'] + list(extra) + [path], env=dict(ENV, **(env or {})),
                                     cwd=os.path.dirname(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.out = b''
        self.err = b''

    def _read(self, timeout):
        """Reads what is there within timeout; False when nothing came (or both pipes ended)."""
        streams = [s for s in (self.proc.stdout, self.proc.stderr) if not s.closed]
        if not streams:
            return False
        ready, _, _ = select.select(streams, [], [], timeout)
        got = False
        for s in ready:
            data = os.read(s.fileno(), 65536)
            if not data:
                s.close()
            elif s is self.proc.stdout:
                self.out += data
            else:
                self.err += data
            got = got or bool(data)
        return got

    def wait_err(self, text, timeout=10):
        deadline = time.monotonic() + timeout
        while text.encode() not in self.err:
            left = deadline - time.monotonic()
            if left <= 0 or (not self._read(min(left, 0.2)) and self.proc.poll() is not None):
                raise AssertionError('no %r in stderr; stdout %r stderr %r' % (text, self.out, self.err))

    def finish(self, timeout=10):
        try:
            self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        while self._read(0.05):
            pass
        self.proc.stdout.close()
        self.proc.stderr.close()
        return self.proc.returncode


def save(path, text):
    # like an editor: write a new file and rename it over the old one
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        f.write(text)
    os.replace(tmp, path)


V1 = '''import lvgl as lv
import helper
print("v1 children", lv.screen_active().get_child_count(), "helper", helper.VALUE)
label = lv.label(lv.screen_active())
label.set_text("one")
def tick(t):
    print("v1 timer")
lv.timer_create(tick, 50, None)
'''
BROKEN = '''import lvgl as lv
print("v2 start")
lv.label(lv.screen_active()).set_text("two")
raise ValueError("version two is broken")
'''
SYNTAX = 'def (:\n'
V4 = '''import lvgl as lv
import helper
scr = lv.screen_active()
print("v4 children", scr.get_child_count(), "label" in globals(), "helper", helper.VALUE)
'''


@unittest.skipUnless(os.access(PYVGL, os.X_OK), 'no pyvgl at %s' % PYVGL)
class LiveGui(unittest.TestCase):
    def test_sleep_runs_timers(self):
        code, out, err = run_script('sleep_timer.py')
        self.assertEqual(code, 0, err)
        flags = flag_lines(out)
        self.assertEqual(len(flags), 5, out)
        for line in flags:
            self.assertIn(': True', line)
        self.assertIn('script goes on after 2 failed callbacks', out)
        self.assertIn('RuntimeError: callback failed 1', err)
        self.assertIn('RuntimeError: callback failed 2', err)
        self.assertIn('Traceback (most recent call last)', err)

    def test_lv_utils_asyncio(self):
        code, out, err = run_script('lv_utils_asyncio.py')
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        self.assertIn('running before: False', lines)
        self.assertIn('running: True True', lines)
        self.assertIn('second loop: Event loop is already running!', lines)
        self.assertIn('running after deinit: False None', lines)
        self.assertIn("sink got: ValueError('refresh failed')", lines)
        self.assertIn('default sink deinit: False', lines)
        flags = [l for l in flag_lines(out) if not l.startswith(('running', 'default sink'))]
        self.assertEqual(len(flags), 7, out)
        for line in flags:
            self.assertIn(': True', line)
        self.assertIn('ValueError: refresh failed', out)  # the default sink printed it (sys.print_exception)

    def test_asyncio_waiting_for_stdin(self):
        p = subprocess.Popen([PYVGL, os.path.join(HERE, 'live', 'asyncio_stdin.py')], env=ENV,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(0.6)  # the script waits for its line meanwhile
        out, err = p.communicate('hello\n', timeout=30)
        self.assertEqual(p.returncode, 0, err)
        self.assertIn('line: hello', out)
        self.assertIn('while asyncio waited for stdin: True', out)

    def watch_cycle(self, env=None):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'app.py')
            save(path, V1)
            save(os.path.join(d, 'helper.py'), 'VALUE = 1\n')
            w = Watched(path, ['--watch-count', '4'], env)
            w.wait_err('run 1 ok')
            time.sleep(0.3)  # the v1 timer runs while --watch waits
            save(path, BROKEN)
            w.wait_err('run 2 failed')
            before = w.out.count(b'v1 timer')
            save(path, SYNTAX)
            w.wait_err('run 3 failed')
            save(os.path.join(d, 'helper.py'), 'VALUE = 4\n')  # not watched: no run
            time.sleep(0.4)
            self.assertNotIn('run 4', w.err.decode())
            save(path, V4)
            code = w.finish()
            out, err = w.out.decode(), w.err.decode()
            self.assertEqual(code, 0, err)
            self.assertIn('v1 children 0 helper 1', out)
            self.assertGreater(before, 2, out)  # the GUI ran between the saves
            self.assertEqual(out.count('v1 timer'), before, 'the old timer outlived the reload:\n' + out)
            self.assertIn('v2 start', out)
            self.assertIn('ValueError: version two is broken', err)
            self.assertIn('SyntaxError', err)
            # fresh screen (the error label is gone) and fresh globals
            self.assertIn('v4 children 0 False helper 4', out)  # the helper module was imported again
            self.assertIn('run 4 ok', err)

    def test_watch_inotify(self):
        self.watch_cycle()

    def test_watch_polling(self):
        self.watch_cycle({'PYVGL_WATCH_POLL': '1'})

    def test_watch_stops_on_sigint(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'app.py')
            save(path, V1)
            save(os.path.join(d, 'helper.py'), 'VALUE = 1\n')
            w = Watched(path)
            w.wait_err('run 1 ok')
            w.proc.send_signal(signal.SIGINT)
            self.assertEqual(w.finish(5), 0)

    def test_watch_usage_errors(self):
        p = subprocess.run([PYVGL, '--watch'], env=ENV, capture_output=True, text=True, timeout=10)
        self.assertEqual(p.returncode, 2)
        self.assertIn('--watch', p.stderr)
        p = subprocess.run([PYVGL, '--watch', '-c', 'pass'], env=ENV, capture_output=True, text=True, timeout=10)
        self.assertEqual(p.returncode, 2)
        p = subprocess.run([PYVGL, '--watch', '--watch-count', '1', '/nonexistent/app.py'], env=ENV,
                           capture_output=True, text=True, timeout=10)
        self.assertIn("can't open file", p.stderr)


if __name__ == '__main__':
    unittest.main()
