#!/usr/bin/env python3
"""The pyvgl command line (issues 3 and 4), flags as in MicroPython's unix port:

    PYVGL=build/pyvgl tests/repl/test_cli.py -v

script + argv, -c, -m, -O, -X heapsize=, exit status (0, 1 after an uncaught exception
with a MicroPython-format traceback on stderr, SystemExit codes), MemoryError in a small
heap, and the 16 KB small-heap program of tests/py/smallheap.
"""
import os
import subprocess
import tempfile
import unittest

from common import PYVGL, ROOT, needs_pyvgl

CPYTHON = '/usr/bin/python3'


def run(args, cwd=None, stdin=b''):
    p = subprocess.run([PYVGL] + list(args), cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


@needs_pyvgl
class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.dir = self.tmp.name

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
        return path

    def test_dash_c(self):
        self.assertEqual(run(['-c', 'print(6 * 7)']), (0, '42\n', ''))

    def test_dash_c_pass(self):
        self.assertEqual(run(['-c', 'pass']), (0, '', ''))

    def test_script_and_argv(self):
        self.write('a.py', 'import sys\nprint(sys.argv[1:], __name__)\n')
        rc, out, err = run(['a.py', 'x', '--flag', '3'], cwd=self.dir)
        self.assertEqual((rc, out), (0, "['x', '--flag', '3'] __main__\n"))

    def test_uncaught_exception_exit_1_and_traceback(self):
        self.write('t.py', 'def f():\n    raise ValueError("boom")\n\nprint("out")\nf()\n')
        rc, out, err = run(['t.py'], cwd=self.dir)
        self.assertEqual((rc, out), (1, 'out\n'))
        self.assertEqual(err, 'Traceback (most recent call last):\n'
                              '  File "t.py", line 5, in <module>\n'
                              '  File "t.py", line 2, in f\n'
                              'ValueError: boom\n')

    def test_name_error_message(self):
        rc, out, err = run(['-c', 'nope'])
        self.assertEqual(rc, 1)
        self.assertTrue(err.endswith("NameError: name 'nope' isn't defined\n"), err)

    def test_systemexit_codes(self):
        self.assertEqual(run(['-c', 'import sys; sys.exit(3)'])[0], 3)
        self.assertEqual(run(['-c', 'import sys; sys.exit()'])[0], 0)
        self.assertEqual(run(['-c', 'raise SystemExit(0)'])[0], 0)
        rc, out, err = run(['-c', 'import sys; sys.exit("message")'])
        self.assertEqual(rc, 1)
        self.assertIn('message', err)

    def test_syntax_error_exit_1(self):
        self.write('s.py', 'x = 1\ny = (\n')
        rc, out, err = run(['s.py'], cwd=self.dir)
        self.assertEqual(rc, 1)
        self.assertIn('SyntaxError', err)
        self.assertIn('s.py', err)

    def test_missing_script(self):
        rc, out, err = run(['definitely_missing_script.py'], cwd=self.dir)
        self.assertNotEqual(rc, 0)
        self.assertTrue(err)

    def test_dash_m(self):
        self.write('pkgmod.py', 'print("as main:", __name__ == "__main__")\n')
        rc, out, err = run(['-m', 'pkgmod'], cwd=self.dir)
        self.assertEqual((rc, out), (0, 'as main: True\n'))

    def test_dash_O_drops_asserts(self):
        rc, out, err = run(['-O', '-c', 'assert False, "kept"\nprint("asserts off")'])
        self.assertEqual((rc, out), (0, 'asserts off\n'))
        rc, out, err = run(['-c', 'assert False, "kept"'])
        self.assertEqual(rc, 1)
        self.assertIn('AssertionError', err)

    def test_heapsize_memory_error_is_clean(self):
        code = ('try:\n    x = bytearray(1000000)\nexcept MemoryError:\n    print("MemoryError")\n'
                'print(sum(range(10)))\n')
        rc, out, err = run(['-X', 'heapsize=16k', '-c', code])
        self.assertEqual((rc, out), (0, 'MemoryError\n45\n'))

    def test_gui_in_tiny_heaps_never_crashes(self):
        # the engine allocates from the same heap: a display, screens and widgets that do
        # not fit end in None or MemoryError, never a crash (a half-made display was one)
        code = ('import lvgl as lv\n'
                'try:\n'
                '    s = lv.screen_active()\n'
                '    for i in range(50):\n'
                '        b = lv.button(s); l = lv.label(b); l.set_text("x %d" % i); l.center()\n'
                '    lv.refr_now(None)\n'
                'except MemoryError:\n'
                '    print("MemoryError")\n'
                'print("alive")\n')
        env = dict(os.environ, PYVGL_HEADLESS='1')
        for size in ('8k', '10k', '12k', '14k', '16k', '24k', '48k', '96k', '256k'):
            p = subprocess.run([PYVGL, '-X', 'heapsize=' + size, '-c', code], env=env, timeout=60,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            self.assertEqual((p.returncode, p.stdout.splitlines()[-1:]), (0, ['alive']), (size, p.stderr))

    @unittest.skipUnless(os.path.exists('/proc/self/maps'), 'needs /proc')
    def test_sdl_is_not_loaded_until_a_window_opens(self):
        # libSDL2 and the ~50 libraries behind it are opened on first window, so a script
        # without a window (and every test, and `-c pass`) starts without them
        code = 'import lvgl as lv\nprint("libSDL2" in open("/proc/self/maps").read())'
        rc, out, err = run(['-c', code])
        self.assertEqual((rc, out), (0, 'False\n'), err)

    def test_heapsize_uncaught_memory_error(self):
        rc, out, err = run(['-X', 'heapsize=16k', '-c', 'l = []\nwhile True:\n    l.append([0] * 8)'])
        self.assertEqual(rc, 1)
        self.assertIn('MemoryError', err)

    def test_heapsize_exhausted_then_usable(self):
        # the heap runs out while a list grows: MemoryError is caught, the garbage is
        # dropped and the interpreter goes on (allocating again)
        code = ('keep = []\ntry:\n    while True:\n        keep.append([0] * 8)\n'
                'except MemoryError:\n    n = len(keep)\n    keep = None\n'
                'print("caught", n > 10)\nprint(", ".join(str(i * i) for i in range(5)))\n')
        rc, out, err = run(['-X', 'heapsize=16k', '-c', code])
        self.assertEqual((rc, out, err), (0, 'caught True\n0, 1, 4, 9, 16\n', ''))

    def test_startup_heap_under_4k(self):
        # the built-in tables are in ROM: a fresh interpreter has used only a few hundred
        # bytes of heap (measured after a collection, before and by mem_info at start-up)
        rc, out, err = run(['-c', 'import gc\ngc.collect()\nprint(gc.mem_alloc())'])
        self.assertEqual((rc, err), (0, ''))
        self.assertLess(int(out), 4096)
        rc, out, err = run(['-c', 'import micropython\nmicropython.mem_info()'])
        startup = [l for l in out.splitlines() if 'start-up' in l]
        self.assertEqual(len(startup), 1, out)
        self.assertLess(int(startup[0].split()[1]), 4096)
        # the static names are in ROM: the run-time intern pool holds only the script's new ones
        rc, out, err = run(['-c', 'import micropython\nmicropython.qstr_info()'])
        fields = dict(f.split('=') for f in out.strip().split(': ', 1)[1].split(', '))
        self.assertLessEqual(int(fields['n_qstr']), 4, out)
        self.assertLess(int(fields['n_total_bytes']), 1024, out)

    def test_heapsize_is_the_whole_memory(self):
        # 16k = frame stack + GC heap: mem_info's heap total is what is left of the 16 KB
        rc, out, err = run(['-X', 'heapsize=16k', '-c', 'import micropython\nmicropython.mem_info()'])
        self.assertEqual((rc, err), (0, ''))
        gc_line = [l for l in out.splitlines() if l.startswith('GC: total:')][0]
        total = int(gc_line.split()[2].rstrip(','))
        self.assertLessEqual(total, 16 * 1024)
        self.assertGreater(total, 12 * 1024)

    def test_heapsize_suffixes(self):
        for size in ('65536', '64k', '1m', '8m'):
            self.assertEqual(run(['-X', 'heapsize=' + size, '-c', 'print(1)']), (0, '1\n', ''))

    def test_small_heap_program(self):
        folder = os.path.join(ROOT, 'tests', 'py', 'smallheap')
        want = subprocess.run([CPYTHON, 'program.py'], cwd=folder, stdout=subprocess.PIPE,
                              check=True).stdout.decode()
        rc, out, err = run(['-X', 'heapsize=16k', 'program.py'], cwd=folder)
        self.assertEqual((rc, err), (0, ''))
        self.assertEqual(out, want)

    def test_recursion_is_runtime_error(self):
        rc, out, err = run(['-c', 'def f(): f()\nf()'])
        self.assertEqual(rc, 1)
        self.assertTrue(err.endswith('RuntimeError: maximum recursion depth exceeded\n'), err)

    def test_script_dir_on_sys_path(self):
        self.write('lib_here.py', 'VALUE = "imported from script dir"\n')
        self.write('main.py', 'import lib_here\nprint(lib_here.VALUE)\n')
        rc, out, err = run([os.path.join(self.dir, 'main.py')], cwd=ROOT)
        self.assertEqual((rc, out), (0, 'imported from script dir\n'))

    def test_stdin_script(self):
        rc, out, err = run(['-'], cwd=self.dir, stdin=b'print("from stdin")\n')
        self.assertEqual((rc, out), (0, 'from stdin\n'))

    def test_iterate_over_stdin(self):
        code = 'import sys\nfor line in sys.stdin:\n    print(repr(line))\nprint("end")'
        rc, out, err = run(['-c', code], stdin=b'one\ntwo\n')
        self.assertEqual((rc, out), (0, "'one\\n'\n'two\\n'\nend\n"), err)

    def test_input_reads_stdin(self):
        code = 'a = input()\nb = input("prompt> ")\nprint(repr(a), repr(b))'
        rc, out, err = run(['-c', code], stdin=b'first line\nsecond\n')
        self.assertEqual(rc, 0)
        self.assertTrue(out.endswith("'first line' 'second'\n"), out)
        self.assertIn('prompt> ', out)

    def test_input_eof(self):
        code = 'try:\n    input()\nexcept EOFError:\n    print("EOFError")'
        self.assertEqual(run(['-c', code], stdin=b''), (0, 'EOFError\n', ''))

    def test_select_poll_stdin(self):
        code = ('import select, sys\np = select.poll()\np.register(sys.stdin, select.POLLIN)\n'
                'ev = p.poll(1000)\nprint(len(ev), bool(ev[0][1] & select.POLLIN))\n'
                'print(sys.stdin.readline().strip())')
        self.assertEqual(run(['-c', code], stdin=b'ready\n'), (0, '1 True\nready\n', ''))

    def test_asyncio_stream_reader_on_stdin(self):
        code = ('import asyncio, sys\n'
                'async def main():\n'
                '    r = asyncio.StreamReader(sys.stdin)\n'
                '    line = await r.readline()\n'
                '    print("got", line.strip())\n'
                'asyncio.run(main())')
        rc, out, err = run(['-c', code], stdin=b'from stdin\n')
        self.assertEqual((rc, err), (0, ''))
        self.assertIn('got', out)
        self.assertIn('from stdin', out)


if __name__ == '__main__':
    unittest.main()
