#!/usr/bin/env python3
"""Misuse sweep of `import lvgl as lv`: every bound module function, every method a class or
struct defines, every struct field (get and set), every module variable (fonts, class
descriptors: their methods and fields), called with None, 0, -1, a huge int, an
int where a pointer is expected, wrong-typed objects, a deleted widget and a widget of
another class, in every argument position (misuse_sweep_calls.py does the calls inside
pyvgl). Each call must work or raise a Python exception: a signal, a sanitizer report, a
hang or another exit status fails the test and names the target.

The targets run in chunks, each in its own `pyvgl --shot` process; after a crash the chunk
goes on with the next target in a new process, so one run lists every failing target.

    misuse_sweep_test.py PYVGL [--chunks N] [--only SUBSTRING]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CALLS = os.path.join(HERE, 'misuse_sweep_calls.py')
HANG_SECONDS = 30  # without progress (a target's calls take milliseconds)
SANITIZER_MARKS = ('ERROR: AddressSanitizer', 'ERROR: LeakSanitizer', 'runtime error:', 'UndefinedBehaviorSanitizer')


def script_with_args(tmp, name, args):
    """A copy of misuse_sweep_calls.py that starts with ARGS = args (--shot passes none)."""
    path = os.path.join(tmp, name)
    with open(path, 'w') as f:
        f.write('ARGS = %r\n' % (args,))
        f.write(open(CALLS).read())
    return path


def environment():
    env = dict(os.environ)
    # leaks are not checked, as in `./dev.sh test --sanitize` (lv.sdl_window_create starts SDL,
    # whose plugins keep their allocations until the process ends)
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0:halt_on_error=1')
    env.setdefault('UBSAN_OPTIONS', 'halt_on_error=1:print_stacktrace=1')
    return env


def run_pyvgl(pyvgl, tmp, script, on_line=None):
    """Runs pyvgl --shot on `script`; returns (exit status or 'hang', stdout, stderr). Progress
    lines on stderr go to on_line as they come, and reset the hang clock."""
    proc = subprocess.Popen([pyvgl, '--shot', os.path.join(tmp, 'out.png'), '--frames', '1', script],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                            errors='replace', cwd=tmp, env=environment())
    err_lines = []
    last = [time.monotonic()]

    def read_err():
        for line in proc.stderr:
            err_lines.append(line)
            last[0] = time.monotonic()
            if on_line:
                on_line(line)

    out_chunks = []
    reader = threading.Thread(target=read_err)
    out_reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()))
    reader.start()
    out_reader.start()
    status = None
    while status is None:
        try:
            status = proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            if time.monotonic() - last[0] > HANG_SECONDS:
                proc.kill()
                proc.wait()
                status = 'hang'
    reader.join()
    out_reader.join()
    return status, ''.join(out_chunks), ''.join(err_lines)


def failure_text(status, stderr):
    """Why a run failed, or None."""
    for mark in SANITIZER_MARKS:
        if mark in stderr:
            at = stderr.index(mark)
            return 'sanitizer report:\n' + stderr[at:at + 2500]
    if status == 'hang':
        return 'hang (no progress for %d s)' % HANG_SECONDS
    if status == 1 and '@ end' in stderr and 'pyvgl: cannot write' in stderr:
        return None  # the sweep changed the display (its color format, its size): no PNG, by design
    if status != 0:
        tail = '\n'.join(stderr.strip().split('\n')[-12:])
        return 'exit status %s\n%s' % (status, tail)
    return None


def run_chunk(pyvgl, tmp, targets, first, end):
    """Runs targets[first:end]; returns [(target, why)] for each that failed."""
    path = os.path.join(tmp, 'chunk-%d.txt' % first)
    with open(path, 'w') as f:
        f.write('\n'.join(targets[first:end]) + '\n')
    failures = []
    start = 0
    while start < end - first:
        current = [None]

        def progress(line):
            if line.startswith('@ ') and line[2:].strip().isdigit():
                current[0] = int(line[2:])

        script = script_with_args(tmp, 'run-%d.py' % first, ['run', path, start])
        status, _, stderr = run_pyvgl(pyvgl, tmp, script, progress)
        why = failure_text(status, stderr)
        done = '@ end' in stderr
        if why is None and done:
            break
        if current[0] is None:
            failures.append(('(chunk start) ' + targets[first + start], why or 'no progress'))
            break
        failures.append((targets[first + current[0]], why or 'stopped without finishing'))
        start = current[0] + 1
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pyvgl')
    ap.add_argument('--chunks', type=int, default=6)
    ap.add_argument('--only', help='targets containing this text')
    a = ap.parse_args()
    pyvgl = os.path.abspath(a.pyvgl)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        status, out, err = run_pyvgl(pyvgl, tmp, script_with_args(tmp, 'list.py', ['list']))
        if status != 0 or failure_text(status, err):
            print('listing the targets failed:', failure_text(status, err) or status)
            return 1
        targets = [t for t in out.split('\n') if t and (not a.only or a.only in t)]
        kinds = {}
        for t in targets:
            kinds[t.split(' ')[0]] = kinds.get(t.split(' ')[0], 0) + 1
        print('%d targets: %s' % (len(targets), ', '.join('%d %s' % (n, k) for k, n in sorted(kinds.items()))))
        if not a.only and (kinds.get('fn', 0) < 100 or kinds.get('method', 0) < 300 or kinds.get('field', 0) < 100):
            print('too few targets: the listing is broken')
            return 1
        size = (len(targets) + a.chunks - 1) // a.chunks
        failures = []
        for first in range(0, len(targets), size):
            failures += run_chunk(pyvgl, tmp, targets, first, min(first + size, len(targets)))
    for target, why in failures:
        print('FAIL %s: %s' % (target, why))
    print('%d of %d targets failed (%.1f s)' % (len(failures), len(targets), time.monotonic() - t0))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
