#!/usr/bin/env python3
"""The friendly REPL (issue 4), driven from a pty:  PYVGL=build/pyvgl tests/repl/test_repl.py"""
import os
import tempfile
import time
import unittest

from common import PYVGL, needs_pyvgl
from replpty import Repl

UP = '\x1b[A'


@needs_pyvgl
class ReplTest(unittest.TestCase):
    def start(self, *args, cwd=None):
        r = Repl(PYVGL, args, cwd=cwd).__enter__()
        self.addCleanup(r.__exit__, None, None, None)
        r.expect('>>> ')
        return r

    def test_expression_echoed_with_repr(self):
        r = self.start()
        r.send('1 + 2\r')
        r.expect('3\r\n>>> ')
        r.send("'a' * 3\r")
        r.expect("'aaa'\r\n>>> ")
        r.send('[1, None]\r')
        r.expect('[1, None]\r\n>>> ')

    def test_none_is_not_echoed(self):
        r = self.start()
        r.send('None\r')
        # the terminal shows the typed line (echo) and then straight the next prompt
        out = r.expect('>>> ')
        self.assertEqual(out, 'None\r\n')
        r.send('x = 5\r')
        r.expect('>>> ')
        r.send('x\r')
        r.expect('x\r\n5\r\n>>> ')

    def test_print_and_statement(self):
        r = self.start()
        r.send("print('hello', 6 * 7)\r")
        r.expect('hello 42\r\n>>> ')

    def test_compound_statement_with_auto_indent(self):
        r = self.start()
        r.send('def f(n):\r')
        r.expect('... ')
        r.send('return n * 2\r')   # no indentation typed: the REPL inserts it
        r.expect('... ')
        r.send('\r')               # enter on the auto-indented line ends the block
        r.expect('>>> ')
        r.send('f(21)\r')
        r.expect('42\r\n>>> ')

    def test_for_loop_block(self):
        r = self.start()
        r.send('for i in range(3):\r')
        r.send('print(i * 10)\r')
        r.send('\r')
        r.expect('0\r\n10\r\n20\r\n>>> ')

    def test_open_bracket_continues(self):
        r = self.start()
        r.send('x = [1,\r')
        r.expect('... ')
        r.send('2]\r')
        r.expect('>>> ')
        r.send('x\r')
        r.expect('[1, 2]\r\n>>> ')

    def test_exception_shows_traceback_and_repl_survives(self):
        r = self.start()
        r.send('1 / 0\r')
        out = r.expect('>>> ')
        self.assertIn('Traceback (most recent call last):', out)
        self.assertIn('ZeroDivisionError', out)
        r.send('undefined_name\r')
        out = r.expect('>>> ')
        self.assertIn("NameError: name 'undefined_name' isn't defined", out)
        r.send('2 + 2\r')
        r.expect('4\r\n>>> ')

    def test_syntax_error_reported(self):
        r = self.start()
        r.send('1 +* 2\r')
        out = r.expect('>>> ')
        self.assertIn('SyntaxError', out)

    def test_ctrl_c_at_prompt_discards_line(self):
        r = self.start()
        r.send('this is not run')
        r.send('\x03')
        r.expect('>>> ')
        r.send('3 * 3\r')
        r.expect('9\r\n>>> ')

    def test_ctrl_c_interrupts_running_code(self):
        r = self.start()
        r.send('while True: pass\r')
        r.send('\r')
        time.sleep(0.5)
        r.send('\x03')
        out = r.expect('>>> ')
        self.assertIn('KeyboardInterrupt', out)
        r.send('7 + 1\r')
        r.expect('8\r\n>>> ')

    def test_ctrl_c_is_catchable(self):
        r = self.start()
        r.send('try:\r')
        r.send('while True: pass\r')
        r.send('\x08\x08\x08\x08except KeyboardInterrupt:\r')
        r.send("print('caught')\r")
        r.send('\r')
        time.sleep(0.5)
        r.send('\x03')
        r.expect('caught\r\n>>> ')

    def test_ctrl_d_on_empty_line_exits(self):
        r = self.start()
        r.send('\x04')
        self.assertEqual(r.wait_exit(), 0)

    def test_paste_mode(self):
        r = self.start()
        r.send('\x05')
        r.expect('paste mode; Ctrl-C to cancel, Ctrl-D to finish')
        r.expect('=== ')
        # pasted text keeps its own indentation: no auto-indent in paste mode
        r.send('def g():\r    return "pasted"\r\rif True:\r    print(g())\r')
        r.send('\x04')
        r.expect('pasted\r\n>>> ')

    def test_paste_mode_cancel(self):
        r = self.start()
        r.send('\x05')
        r.expect('=== ')
        r.send("print('never')\r")
        r.send('\x03')
        out = r.expect('>>> ')
        self.assertNotIn('never\r\n', out.replace("print('never')", ''))

    def test_history_up_arrow(self):
        r = self.start()
        r.send('6 * 7\r')
        r.expect('42\r\n>>> ')
        r.send(UP)
        r.send('\r')
        r.expect('42\r\n>>> ')

    def test_line_editing_backspace_and_cursor(self):
        r = self.start()
        r.send('1 + 5\x7f3\r')          # backspace removes the 5
        r.expect('4\r\n>>> ')
        r.send('2 3\x1b[D*\r')         # left arrow, insert '*' before the 3
        r.expect('6\r\n>>> ')

    def test_tab_completes_name(self):
        r = self.start()
        r.send('import sys\r')
        r.expect('>>> ')
        r.send('sys.byteo\t')
        r.send('\r')
        r.expect("'little'\r\n>>> ")

    def test_tab_completes_binding_name(self):
        # the lvgl module's names live in tables until used; completion still lists them
        r = self.start()
        r.send('import lvgl as lv\r')
        r.expect('>>> ')
        r.send('lv.palette_ma\t')
        r.expect('lv.palette_main')
        r.send('(lv.PALETTE.RED).red\r')
        r.expect('244\r\n>>> ')

    def test_tab_completes_global(self):
        r = self.start()
        r.send('unique_variable_name = 99\r')
        r.expect('>>> ')
        r.send('unique_var\t\r')
        r.expect('99\r\n>>> ')

    def test_state_persists_between_lines(self):
        r = self.start()
        r.send('class A:\r')
        r.send('v = 3\r')
        r.send('\r')
        r.expect('>>> ')
        r.send('a = A()\r')
        r.send('a.v + 1\r')
        r.expect('4\r\n>>> ')

    def test_dash_i_after_script(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 's.py'), 'w') as f:
                f.write("print('script ran')\nfrom_script = 123\n")
            r = self.start('-i', 's.py', cwd=d)
            r.send('from_script + 1\r')
            r.expect('124\r\n>>> ')


if __name__ == '__main__':
    unittest.main()
