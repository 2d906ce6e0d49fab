"""The REPL and the GUI share the interpreter's thread: while the prompt waits for a key the
engine's timers keep running (ports/unix/gui_loop.cpp), and the prompt still answers.

    PYVGL=build/pyvgl python3 tests/repl/test_live_gui.py -v

Headless (PYVGL_HEADLESS=1), so no X server is needed; the window case is the same loop.
"""
import re
import time
import unittest

from common import PYVGL, needs_pyvgl
from replpty import Repl

ENV = {'PYVGL_HEADLESS': '1'}


def value(r, expr):
    """Evaluates expr at the prompt and returns the integer the REPL echoes."""
    r.send(expr + '\r')
    out = r.expect('>>> ')
    nums = re.findall(r'^(-?\d+)\r?$', out, re.M)
    if not nums:
        raise AssertionError('no integer for %r in %r' % (expr, out))
    return int(nums[-1])


@needs_pyvgl
class LiveGuiRepl(unittest.TestCase):
    def start_counter(self, r):
        r.expect('>>> ')
        for line in ('import lvgl as lv', 'n = [0]', 'label = lv.label(lv.screen_active())'):
            r.send(line + '\r')
            r.expect('>>> ')
        r.send('def tick(t): n[0] += 1; label.set_text(str(n[0]))\r')
        r.expect('... ')
        r.send('\r')
        r.expect('>>> ')
        r.send('timer = lv.timer_create(tick, 100, None)\r')
        r.expect('>>> ')

    def test_timer_runs_while_prompt_waits(self):
        with Repl(PYVGL, env=ENV) as r:
            self.start_counter(r)
            time.sleep(1.0)  # nobody types: the REPL waits for a key
            first = value(r, 'n[0]')
            self.assertGreaterEqual(first, 6, 'the timer did not run while the REPL waited')
            self.assertLessEqual(first, 14)
            # the prompt answers at once between the timer's runs
            self.assertEqual(value(r, '6 * 7'), 42)
            for _ in range(5):
                r.send('x = 1\r', delay=0.1)
                r.expect('>>> ')
            time.sleep(0.5)
            second = value(r, 'n[0]')
            self.assertGreaterEqual(second - first, 6, (first, second))
            # the label the timer changes shows the counter (it ran on this thread)
            r.send('label.get_text() == str(n[0])\r')
            self.assertIn('True', r.expect('>>> '))

    def test_ctrl_c_at_prompt_and_in_code(self):
        with Repl(PYVGL, env=ENV) as r:
            self.start_counter(r)
            r.send('this line is cancelled')
            r.send('\x03')
            r.expect('>>> ')
            self.assertEqual(value(r, '1 + 2'), 3)
            r.send('while True: pass\r')
            r.expect('... ')
            r.send('\r', delay=0.5)
            r.send('\x03')
            r.expect('KeyboardInterrupt')
            r.expect('>>> ')
            # the timer went on while the loop ran and after the interrupt
            before = value(r, 'n[0]')
            time.sleep(0.5)
            self.assertGreaterEqual(value(r, 'n[0]') - before, 3)

    def test_callback_error_keeps_repl(self):
        with Repl(PYVGL, env=ENV) as r:
            self.start_counter(r)
            r.send('def bad(t): raise ValueError("from the timer")\r')
            r.expect('... ')
            r.send('\r')
            r.expect('>>> ')
            r.send('t2 = lv.timer_create(bad, 50, None); t2.set_repeat_count(1)\r')
            r.expect('ValueError: from the timer\r\n')
            r.expect('>>> ')  # the prompt is drawn again below the traceback
            self.assertEqual(value(r, '2 + 2'), 4)
            # what a callback prints while the prompt waits keeps "\r\n" line ends (raw terminal),
            # replaces the prompt line, and the prompt comes back with what was typed so far
            r.send('t3 = lv.timer_create(lambda t: print("one\\ntwo"), 300, None); t3.set_repeat_count(1)\r')
            r.expect('>>> ')
            r.send('half a li')
            r.expect(b'\r\x1b[Kone\r\ntwo\r\n\r>>> half a li')
            r.send('\x03')
            r.expect('>>> ')
            r.send('t4 = lv.timer_create(lambda t: print("no newline", end=""), 300, None); t4.set_repeat_count(1)\r')
            r.expect('>>> ')
            r.expect(b'\r\x1b[Kno newline\r\n\r>>> ')
            before = value(r, 'n[0]')
            time.sleep(0.4)
            self.assertGreater(value(r, 'n[0]'), before)


if __name__ == '__main__':
    unittest.main()
