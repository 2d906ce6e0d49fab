#!/usr/bin/env python3
"""The pyvgl command line (issues 3 and 4), flags as in MicroPython's unix port:

    PYVGL=build/pyvgl tests/repl/test_cli.py -v

script + argv, -c, -m, -O, -X heapsize=, exit status (0, 1 after an uncaught exception
with a MicroPython-format traceback on stderr, SystemExit codes), MemoryError in a small
heap, compiling inside the heap (-X heapsize is the whole memory, compiler included), the
small-heap program of tests/py/smallheap, frozen modules and heap_lock() in small heaps.
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
            if size == '8k' and p.returncode == 1:
                # 8 KB (7 after the frame stack) also holds the compiled script now: `import
                # lvgl` (outside the try) may not fit, which must be a clean Python error
                self.assertRegex(p.stderr, r'(MemoryError|ImportError: cannot set up the lvgl module)\n$')
                continue
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

    def test_mem_info_1_draws_the_heap_map(self):
        # MicroPython's layout: a line per 64 blocks, a letter per object by type, '=' for
        # the rest of a block, '.' free; all-free lines are counted instead
        code = ('import micropython\nkeep = [[i] for i in range(40)]\nd = {"a": 1}\n'
                'micropython.mem_info(1)\n')
        rc, out, err = run(['-X', 'heapsize=16k', '-c', code])
        self.assertEqual(rc, 0, err)
        lines = out.splitlines()
        self.assertRegex(lines[1], r'^GC: total: \d+, used: \d+, free: \d+$')
        at = [i for i, l in enumerate(lines) if l.startswith('GC memory layout; from ')]
        self.assertEqual(len(at), 1, out)
        rows = [l for l in lines[at[0] + 1:] if not l.lstrip().startswith('(')]
        self.assertTrue(rows, out)
        for i, row in enumerate(rows):
            self.assertRegex(row, r'^[0-9a-f]{8}: [TLDSAFBMCh=.]{1,64}$')
        blocks = ''.join(r[10:] for r in rows)
        self.assertGreaterEqual(blocks.count('L'), 41, out)  # keep and its 40 lists
        self.assertIn('D', blocks)
        self.assertRegex(out, r'\(\d+ lines all free\)')
        used = int(lines[1].split('used: ')[1].split(',')[0])
        # every allocated block is drawn: the letters and '=' add up to what is in use
        # (the program's view excludes nothing under -X heapsize with no main code kept)
        self.assertGreaterEqual(sum(blocks.count(c) for c in 'TLDSAFBMCh='), used // 16)

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
        # the 150-line program runs in 16 KB with its code kept outside, as a main.py frozen
        # into a board's flash; compiled inside the heap too (-X compile=heap) it needs 22 KB
        # on 64-bit (its code alone is 10.2 KB; its 64-line main() is compiled a statement at
        # a time; tests/py/smallheap/README.md has the figures; the 32-bit board runs it in 16)
        folder = os.path.join(ROOT, 'tests', 'py', 'smallheap')
        want = subprocess.run([CPYTHON, 'program.py'], cwd=folder, stdout=subprocess.PIPE,
                              check=True).stdout.decode()
        for args in (['-X', 'heapsize=16k'], ['-X', 'heapsize=24k', '-X', 'compile=heap']):
            rc, out, err = run(args + ['program.py'], cwd=folder)
            self.assertEqual((rc, err), (0, ''), args)
            self.assertEqual(out, want, args)
        rc, out, err = run(['-X', 'heapsize=16k', '-X', 'compile=heap', 'program.py'], cwd=folder)
        self.assertEqual((rc, out, err), (1, '', 'MemoryError\n'))

    def test_compile_memory_is_one_statement_not_the_file(self):
        # 150 top-level statements (750 AST nodes, 2,400 tokens) compile and run in 16 KB:
        # tokens are made on demand and each statement's tree is freed once compiled, so
        # compiling needs the code made so far (~6 KB) plus one statement. The whole-file
        # compiler needed 290 KB for this script.
        lines = ['v = [%d, %d + 1, %d * 2, -%d, %d %% 7]' % ((i,) * 5) for i in range(150)]
        path = self.write('many.py', '\n'.join(lines) + '\nprint(v)\n')
        self.assertEqual(run(['-X', 'heapsize=16k', '-X', 'compile=heap', path]), (0, '[149, 150, 298, -149, 2]\n', ''))

    def test_compile_memory_is_one_statement_of_a_function_body(self):
        # a def is compiled a body statement at a time (read twice: names, then code), so a
        # 60-statement function compiles and runs in 16 KB; as one tree it needed 48 KB
        lines = ['    v = [%d, %d + 1, %d * 2, -%d, %d %% 7]' % ((i,) * 5) for i in range(60)]
        path = self.write('longdef.py', 'def main():\n' + '\n'.join(lines) + '\n    print(v)\nmain()\n')
        self.assertEqual(run(['-X', 'heapsize=16k', '-X', 'compile=heap', path]), (0, '[59, 60, 118, -59, 3]\n', ''))

    def test_script_too_big_for_the_heap_is_a_memory_error(self):
        # its code does not fit in 16 KB: a clean MemoryError, never a crash
        lines = ['def f%d(a, b=%d):\n    return [a, b, "s%d", {"k": a * b}]' % (i, i, i) for i in range(400)]
        path = self.write('big.py', '\n'.join(lines) + '\nprint(f1(2))\n')
        # at any size it runs out in (the lexer's window, a tree chunk, a code object), the
        # error is the MemoryError, not the syntax error its cut-short input would look like
        for size in ('12k', '14k', '16k', '18k', '20k'):
            self.assertEqual(run(['-X', 'heapsize=' + size, '-X', 'compile=heap', path]), (1, '', 'MemoryError\n'), size)
        self.assertEqual(run(['-X', 'heapsize=1m', '-X', 'compile=heap', path]), (0, "[2, 1, 's1', {'k': 2}]\n", ''))

    def test_imported_module_compiles_in_a_small_heap(self):
        # a module file is read a window at a time and compiled in the same heap
        lines = ['x%d = [%d, %d * 3]' % (i, i, i) for i in range(60)]
        self.write('mod60.py', '\n'.join(lines) + '\n')
        rc, out, err = run(['-X', 'heapsize=16k', '-c', 'import mod60\nprint(mod60.x59)'], cwd=self.dir)
        self.assertEqual((rc, out, err), (0, '[59, 177]\n', ''))

    def test_frozen_modules_in_a_small_heap(self):
        # frozen code stays in ROM: heapq and collections import in 16 KB, asyncio in 32 KB
        code = ('import heapq, collections\nh = []\nfor x in (3, 1, 2):\n    heapq.heappush(h, x)\n'
                'print(heapq.heappop(h), collections.deque((1, 2)).popleft())\n')
        self.assertEqual(run(['-X', 'heapsize=16k', '-c', code]), (0, '1 1\n', ''))
        code = ('import asyncio\nasync def two():\n    await asyncio.sleep_ms(1)\n    return 2\n'
                'print(asyncio.run(two()))\n')
        self.assertEqual(run(['-X', 'heapsize=32k', '-c', code]), (0, '2\n', ''))

    def test_heap_locked_loops_and_calls_do_not_allocate(self):
        # as MicroPython's heapalloc tests: with the heap locked, while loops, `for` over
        # range() (counted without a range object) and over lists and tuples (indexed in
        # place), all/any/min/max/sum of them, small-int arithmetic and calls with
        # positional arguments work; an allocation is a MemoryError
        code = ('from micropython import heap_lock, heap_unlock\n'
                'def f(a, b):\n    return a * b + 1\n'
                'def loop():\n    i = t = 0\n    while i < 100:\n        t = t + f(i, 2) - i // 3\n        i += 1\n'
                '    for j in range(10):\n        t += j\n    for j in range(30, 0, -7):\n        t -= j\n'
                '    for j in L:\n        t += j\n    for j in T:\n        for k in T:\n            t -= k\n'
                '    if all(T) and any(L):\n        t += min(T) + max(L) + sum(T) + min(3, 4)\n    return t\n'
                'L = [5, 6]\nT = (1, 2, 3)\nr = x = None\n'  # new globals would grow the dict
                'heap_lock()\nr = loop()\nheap_unlock()\nprint(r)\n'
                'heap_lock()\ntry:\n    x = [1, 2]\nexcept MemoryError:\n    heap_unlock()\n    print("MemoryError")\n'
                'heap_unlock()\n')
        t = sum(i * 2 + 1 - i // 3 for i in range(100)) + sum(range(10)) - sum(range(30, 0, -7)) + 11 - 18 + 16
        self.assertEqual(run(['-X', 'heapsize=16k', '-c', code]), (0, '%d\nMemoryError\n' % t, ''))

    def test_uncaught_error_with_the_heap_locked_is_reported(self):
        code = 'from micropython import heap_lock\nheap_lock()\nx = [1, 2]\n'
        self.assertEqual(run(['-c', code]), (1, '', 'MemoryError\n'))

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
