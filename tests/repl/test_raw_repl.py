#!/usr/bin/env python3
"""The raw REPL protocol (issue 4), driven exactly as an IDE or pyboard-style tool does:

    Ctrl-A  -> "raw REPL; CTRL-B to exit\\r\\n>"
    code, Ctrl-D -> "OK" output "\\x04" error-text "\\x04" ">"
    Ctrl-D at the empty raw prompt -> soft reset, back in the raw REPL
    Ctrl-B  -> friendly REPL again

    PYVGL=build/pyvgl tests/repl/test_raw_repl.py
"""
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


if __name__ == '__main__':
    unittest.main()
