#!/usr/bin/env python3
"""The raw REPL protocol (issue 4), driven exactly as an IDE or pyboard-style tool does:

    Ctrl-A  -> "raw REPL; CTRL-B to exit\\r\\n>"
    code, Ctrl-D -> "OK" output "\\x04" error-text "\\x04" ">"
    Ctrl-D at the empty raw prompt -> soft reset, back in the raw REPL
    Ctrl-B  -> friendly REPL again
    "\\x05A\\x01" at the raw prompt -> raw-paste mode: "R\\x01", a 2-byte window, "\\x01"
               for each window taken; code, Ctrl-D -> "\\x04" output "\\x04" error "\\x04" ">"

    PYVGL=build/pyvgl tests/repl/test_raw_repl.py
"""
import time
import unittest

from common import PYVGL, needs_pyvgl
from replpty import Repl

RAW_BANNER = 'raw REPL; CTRL-B to exit\r\n>'


@needs_pyvgl
class RawReplTest(unittest.TestCase):
    def start_raw(self):
        r = Repl(PYVGL).__enter__()
        self.addCleanup(r.__exit__, None, None, None)
        r.expect('>>> ')
        r.send('\r\x03\x03')          # interrupt anything, like tools do first
        r.drain()
        r.send('\x01')
        r.expect(RAW_BANNER)
        return r

    def run_raw(self, r, code):
        """Send code and Ctrl-D; return (stdout, error text) per the protocol."""
        r.send(code, delay=0)
        r.send('\x04')
        r.expect('OK')
        out = r.expect('\x04')
        err = r.expect('\x04')
        r.expect('>')
        return out, err

    def test_enter_and_run(self):
        r = self.start_raw()
        out, err = self.run_raw(r, 'print(1 + 1)')
        self.assertEqual(out, '2\r\n')
        self.assertEqual(err, '')

    def test_no_echo_and_multiline(self):
        r = self.start_raw()
        code = 'def f(x):\n    return x * 3\nfor i in range(3):\n    print(f(i))\n'
        out, err = self.run_raw(r, code)
        self.assertEqual(out, '0\r\n3\r\n6\r\n')
        self.assertEqual(err, '')

    def test_error_goes_after_first_eot(self):
        r = self.start_raw()
        out, err = self.run_raw(r, "print('before')\n1/0\n")
        self.assertEqual(out, 'before\r\n')
        self.assertIn('Traceback (most recent call last):', err)
        self.assertIn('File "<stdin>", line 2', err)
        self.assertIn('ZeroDivisionError', err)

    def test_syntax_error(self):
        r = self.start_raw()
        out, err = self.run_raw(r, 'def (:\n')
        self.assertEqual(out, '')
        self.assertIn('SyntaxError', err)

    def test_state_kept_between_runs(self):
        r = self.start_raw()
        self.run_raw(r, 'shared = 41')
        out, err = self.run_raw(r, 'print(shared + 1)')
        self.assertEqual((out, err), ('42\r\n', ''))

    def test_large_code_block(self):
        r = self.start_raw()
        lines = ''.join('v%d = %d\n' % (i, i) for i in range(300))
        out, err = self.run_raw(r, lines + 'print(v299 + v1)\n')
        self.assertEqual((out, err), ('300\r\n', ''))

    def test_soft_reset_on_empty_ctrl_d(self):
        r = self.start_raw()
        self.run_raw(r, 'gone_after_reset = 1')
        r.send('\x04')
        r.expect('soft reboot')
        r.expect(RAW_BANNER)
        out, err = self.run_raw(r, 'print(gone_after_reset)')
        self.assertIn('NameError', err)

    def test_ctrl_b_leaves_raw_repl(self):
        r = self.start_raw()
        r.send('\x02')
        r.expect('>>> ')
        r.send('5 * 5\r')
        r.expect('25\r\n>>> ')

    def test_interrupt_running_code(self):
        r = self.start_raw()
        r.send('while True:\n    pass\n', delay=0)
        r.send('\x04')
        r.expect('OK')
        r.send('\x03', delay=0.3)
        r.expect('\x04')
        err = r.expect('\x04')
        r.expect('>')
        self.assertIn('KeyboardInterrupt', err)

    def paste_raw(self, r, code):
        """Send code in raw-paste mode with the window flow control of pyboard.py/mpremote."""
        r.send(b'\x05A\x01', delay=0)
        r.expect(b'R\x01')
        while len(r.buf) < 2:
            self.assertTrue(r._read_some(time.monotonic() + 5), 'no window size')
        window = r.buf[0] | r.buf[1] << 8
        r.buf = r.buf[2:]
        self.assertGreater(window, 0)
        data = code.encode()
        room, sent = window, 0
        self.paste_stopped = False
        while sent < len(data) and not self.paste_stopped:
            while room == 0 or r.buf:
                if not r.buf:
                    self.assertTrue(r._read_some(time.monotonic() + 5), 'no window credit')
                credit, r.buf = r.buf[:1], r.buf[1:]
                if credit == b'\x04':  # the board stops the paste early (a compile error)
                    self.paste_stopped = True
                    break
                self.assertEqual(credit, b'\x01')
                room += window
            if self.paste_stopped:
                break
            chunk = data[sent:sent + room]
            r.send(chunk, delay=0)
            sent += len(chunk)
            room -= len(chunk)
        r.send(b'\x04', delay=0)
        if not self.paste_stopped:
            r.expect(b'\x04')     # end of data acknowledged
        out = r.expect('\x04')
        err = r.expect('\x04')
        r.expect('>')
        return out, err

    def test_raw_paste_small(self):
        r = self.start_raw()
        out, err = self.paste_raw(r, 'print(6 * 7)')
        self.assertEqual(out, '42\r\n')
        self.assertEqual(err, '')

    def test_raw_paste_larger_than_window(self):
        # 20 KB of source: many windows, every byte must arrive in order
        r = self.start_raw()
        lines = ''.join('v%d = %d  # %s\n' % (i, i, 'x' * 40) for i in range(300))
        out, err = self.paste_raw(r, lines + 'print(v299 + v7, len(globals()) > 300)\n')
        self.assertEqual(err, '')
        self.assertEqual(out, '306 True\r\n')

    def test_raw_paste_syntax_error_stops_the_sender(self):
        # the code is compiled as it arrives: an error on line 2 stops the paste there
        # ("\x04" from the board, as pyboard.py and mpremote expect), the rest is dropped
        r = self.start_raw()
        lines = ''.join('v%d = %d  # %s\n' % (i, i, 'x' * 40) for i in range(300))
        out, err = self.paste_raw(r, 'ok = 1\nprint(1 +* 2)\n' + lines)
        self.assertTrue(self.paste_stopped)
        self.assertEqual(out, '')
        self.assertIn('SyntaxError', err)
        self.assertIn('line 2', err)
        out, err = self.run_raw(r, 'print("v5" in globals(), "ok" in globals())')
        self.assertEqual(out, 'False False\r\n')

    def test_raw_paste_error_and_state_kept(self):
        r = self.start_raw()
        out, err = self.paste_raw(r, 'kept = 5\nprint(kept)\n1/0\n')
        self.assertEqual(out, '5\r\n')
        self.assertIn('ZeroDivisionError', err)
        out, err = self.run_raw(r, 'print(kept * 2)')   # plain raw mode afterwards
        self.assertEqual(out, '10\r\n')


if __name__ == '__main__':
    unittest.main()
