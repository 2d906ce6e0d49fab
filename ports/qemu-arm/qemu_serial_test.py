#!/usr/bin/env python3
"""Drives the Cortex-M firmware's serial console in qemu-system-arm the way a tool would:
sends lines or raw-REPL frames, waits for the expected answer, checks qemu's exit status
(semihosting).
Usage: qemu_serial_test.py {repl,raw_repl,exit_status} <firmware.elf>
       qemu_serial_test.py gui <gui firmware.elf> <pyvgl> <pngdiff> <script.py> <work dir>
  gui: sends the script over the raw REPL, renders it the way pyvgl --shot does, has the
  board write its panel's pixels to the host and compares them with pyvgl --shot
  --color-format RGB565 (no pixel may differ).
       qemu_serial_test.py gui_scenes <gui firmware.elf> <pyvgl> <pngdiff> <scenes dir> <work dir> <known.txt>
  gui_scenes: the same for every 320x240 scene (no "# size:" line) that uses only the
  board's font (Montserrat 14); the scenes listed in known.txt must still differ."""
import atexit
import ctypes
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time

TIMEOUT = 20  # seconds to wait for one answer


def start(elf, cwd=None, heap_kb=None):
    """heap_kb: the board's memory in KB for this run (its command line's "heap=N"), else
    the firmware's own (16 KB)."""
    semihosting = ["-semihosting"]
    if heap_kb:
        semihosting = ["-semihosting-config", "enable=on,target=native,arg=pyvgl,arg=heap=%d" % heap_kb]
    cmd = ["qemu-system-arm", "-M", "mps2-an386", "-display", "none", "-monitor", "none",
           "-serial", "stdio"] + semihosting + ["-kernel", os.path.abspath(elf)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd,
                            preexec_fn=die_with_parent)
    atexit.register(lambda: proc.poll() is None and proc.kill())
    return proc


def die_with_parent():
    """In the child before qemu starts: qemu does not end when its stdin closes, so without
    this a harness killed by a timeout would leave it running forever."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class Board:
    def __init__(self, elf, cwd=None, heap_kb=None):
        self.proc = start(elf, cwd, heap_kb)
        self.seen = b""  # what the board printed and was not consumed yet

    def send(self, data):
        self.proc.stdin.write(data if isinstance(data, bytes) else data.encode())
        self.proc.stdin.flush()

    def expect(self, want):
        """Reads until `want` arrives; returns what came before it."""
        want = want if isinstance(want, bytes) else want.encode()
        deadline = time.monotonic() + TIMEOUT
        fd = self.proc.stdout.fileno()
        while want not in self.seen:
            left = deadline - time.monotonic()
            ready = select.select([fd], [], [], max(left, 0))[0] if left > 0 else []
            chunk = os.read(fd, 4096) if ready else b""
            if not chunk:
                self.fail("timed out or qemu ended waiting for %r" % want)
            self.seen += chunk
        before, _, self.seen = self.seen.partition(want)
        return before

    def exchange(self, line, answer):
        """Types a line at the friendly prompt: it is echoed, then `answer` (the lines the
        board prints), then the next prompt."""
        self.send(line + "\r")
        got = self.expect(">>> ").decode()
        want = line + "\r\n" + "".join(a + "\r\n" for a in answer)
        if got != want:
            self.fail("sent %r: expected %r, got %r" % (line, want, got))

    def finish(self, status):
        try:
            rc = self.proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail("qemu did not exit")
        if rc != status:
            self.fail("exit status %d, expected %d" % (rc, status))

    def fail(self, msg):
        self.proc.kill()
        sys.exit("FAIL: %s\nunread output: %r" % (msg, self.seen))


def boot(elf, cwd=None, heap_kb=None):
    b = Board(elf, cwd, heap_kb)
    b.expect("pyvgl on Cortex-M 4.0 b'\\x02\\x01' [1, 2]\r\n")
    b.expect(">>> ")
    return b


def test_repl(elf):
    b = boot(elf)
    b.exchange("1 + 2", ["3"])
    b.exchange("'a' * 3, 2.5 * 2, 2 ** 70", ["('aaa', 5.0, 1180591620717411303424)"])
    b.exchange("x = [i * i for i in range(6)]", [])
    b.exchange("x", ["[0, 1, 4, 9, 16, 25]"])
    # a compound statement: "... " lines until an empty one
    b.send("def f(n):\r")
    b.expect("def f(n):\r\n... ")
    b.send("    return n * 2\r")
    b.expect("    return n * 2\r\n... ")
    b.exchange("", [])
    b.exchange("f(21)", ["42"])
    b.exchange("1 / 0", ["Traceback (most recent call last):",
                         '  File "<stdin>", line 1, in <module>',
                         "ZeroDivisionError: divide by zero"])
    # the heap is 16 KB: a 20000-byte object does not fit (MemoryError), 8000 bytes do
    b.send("try:\r")
    b.expect("... ")
    b.send("    b = bytearray(20000)\r")
    b.expect("... ")
    b.send("except MemoryError:\r")
    b.expect("... ")
    b.send("    print('no room')\r")
    b.expect("... ")
    b.send("\r")
    b.expect("no room\r\n>>> ")
    b.exchange("len(bytearray(8000))", ["8000"])
    b.exchange("import time; t = time.ticks_ms(); time.sleep_ms(30); time.ticks_diff(time.ticks_ms(), t) >= 30",
               ["True"])
    # backspace edits the line; Ctrl-C drops it
    b.send("12\x7f3\r")
    b.expect("12\b \b3\r\n13\r\n>>> ")
    b.send("junk\x03")
    b.expect("junk\r\n>>> ")
    b.send("if 1:\r")  # Ctrl-C on a "... " line drops the whole statement
    b.expect("... ")
    b.send("    print('dropped')\x03")
    b.expect("    print('dropped')\r\n>>> ")
    # input() reads a console line with echo
    b.send("input('name? ').upper()\r")
    b.expect("name? ")
    b.send("bob\r")
    b.expect("bob\r\n'BOB'\r\n>>> ")
    # Ctrl-C interrupts running code
    b.send("while True:\r")
    b.expect("... ")
    b.send("    pass\r")
    b.expect("... ")
    b.send("\r")
    b.expect("\r\n")
    time.sleep(0.2)
    b.send("\x03")
    got = b.expect(">>> ").decode()
    if not got.endswith("\r\nKeyboardInterrupt\r\n"):
        b.fail("Ctrl-C did not raise KeyboardInterrupt: %r" % got)
    b.exchange("'still here'", ["'still here'"])
    b.send("\x04")  # Ctrl-D on an empty line: the REPL ends, qemu exits with status 0
    b.finish(0)


def test_raw_repl(elf):
    b = boot(elf)
    b.send("\x01")
    b.expect("raw REPL; CTRL-B to exit\r\n>")
    b.send("y = 6\nprint(y * 7)\x04")
    if b.expect("\x04>") != b"OK42\r\n\x04":
        b.fail("raw REPL output")
    b.send("print(y)\nraise ValueError('bad')\x04")
    got = b.expect("\x04>").decode()
    want = ('OK6\r\n\x04Traceback (most recent call last):\r\n  File "<stdin>", line 2, in <module>\r\n'
            "ValueError: bad\r\n")
    if got != want:
        b.fail("raw REPL error frame: expected %r, got %r" % (want, got))
    # raw-paste mode: the window size is announced, "\x04" ends the code
    b.send("\x05A\x01")
    b.expect("R\x01\x00\x01")
    b.send("print(sum(range(y)))\x04")
    if b.expect("\x04>") != b"\x0415\r\n\x04":
        b.fail("raw-paste output")
    # Ctrl-D on an empty buffer: soft reset (a fresh __main__)
    b.send("\x04")
    b.expect("MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>")
    b.send("print('y' in globals())\x04")
    if b.expect("\x04>") != b"OKFalse\r\n\x04":
        b.fail("soft reset kept globals")
    b.send("\x02")  # back to the friendly REPL
    b.expect(">>> ")
    b.exchange("'back'", ["'back'"])
    b.send("\x01")
    b.expect(">")
    b.send("import sys\nsys.exit(3)\x04")  # SystemExit in the raw REPL ends the program
    b.expect("OK\x04\x04")
    b.finish(3)


def test_exit_status(elf):
    b = boot(elf)
    b.send("import sys\r")
    b.expect(">>> ")
    b.send("sys.exit(7)\r")
    b.finish(7)


def raw_paste(b, code):
    """Sends code in raw-paste mode as pyboard.py and mpremote do (the board compiles it as
    it arrives, with window flow control); returns (output, error text)."""
    b.send("\x01")
    b.expect("raw REPL; CTRL-B to exit\r\n>")
    b.send("\x05A\x01")
    b.expect("R\x01")
    while len(b.seen) < 2:
        b.seen += os.read(b.proc.stdout.fileno(), 2 - len(b.seen))
    window, b.seen = b.seen[0] | b.seen[1] << 8, b.seen[2:]
    data, sent, room, stopped = code.encode(), 0, window, False
    fd = b.proc.stdout.fileno()
    while sent < len(data) and not stopped:
        while room == 0 or b.seen or select.select([fd], [], [], 0)[0]:
            if not b.seen:
                ready = select.select([fd], [], [], TIMEOUT)[0]
                b.seen = os.read(fd, 1) if ready else b""
                if not b.seen:
                    b.fail("no window credit from the board")
            credit, b.seen = b.seen[:1], b.seen[1:]
            if credit == b"\x04":  # the board stopped the paste (a compile error)
                stopped = True
                break
            if credit != b"\x01":
                b.fail("unexpected byte during raw paste: %r" % credit)
            room += window
        if not stopped:
            chunk = data[sent:sent + room]
            b.send(chunk)
            sent += len(chunk)
            room -= len(chunk)
    b.send("\x04")
    if not stopped:
        b.expect("\x04")  # end of data acknowledged
    out = b.expect("\x04").decode()
    err = b.expect("\x04>").decode()
    return out, err


def test_paste_program(elf, script, heap_kb=None):
    """A whole program sent the way `mpremote run` does: its output must be CPython's."""
    want = subprocess.run([sys.executable, os.path.basename(script)], cwd=os.path.dirname(script) or ".",
                          stdout=subprocess.PIPE, check=True).stdout.decode()
    b = boot(elf, heap_kb=int(heap_kb) if heap_kb else None)
    with open(script) as f:
        out, err = raw_paste(b, f.read())
    if err:
        b.fail("the program raised on the board:\n%s" % err)
    out = out.replace("\r\n", "\n")
    if out != want:
        b.fail("output differs from CPython's:\n--- board\n%s--- CPython\n%s" % (out, want))
    b.send("\x02")
    b.expect(">>> ")
    b.send("\x04")
    b.finish(0)


def test_paste_program_oom(elf, script, heap_kb):
    """The program in too small a memory: the paste ends in a clean MemoryError (the error
    text's last line), and the board goes on running code afterwards."""
    b = boot(elf, heap_kb=int(heap_kb))
    with open(script) as f:
        out, err = raw_paste(b, f.read())
    lines = err.strip().splitlines()
    if not lines or lines[-1] != "MemoryError":
        b.fail("expected a MemoryError, got:\n%s%s" % (out, err))
    if raw_exec(b, "print(6 * 7)").strip() != "42":
        b.fail("the board does not run code after the MemoryError")
    b.send("\x02")
    b.expect(">>> ")
    b.send("\x04")
    b.finish(0)


def raw_exec(b, code):
    """Runs code in the raw REPL; fails on an error, returns its output."""
    b.send(code + "\x04")
    b.expect("OK")
    out = b.expect("\x04")
    err = b.expect("\x04>")
    if err:
        b.fail("%r raised: %s" % (code[:60], err.decode()))
    return out.decode()


def scene_matches(elf, pyvgl, pngdiff, script, work):
    """True when the board's picture of the script equals pyvgl --shot's."""
    try:
        test_gui(elf, pyvgl, pngdiff, script, work)
    except SystemExit as e:
        print(e)
        return False
    return True


def test_gui_scenes(elf, pyvgl, pngdiff, scenes, work, known_file):
    known = {line.split()[0] for line in open(known_file) if line.strip() and not line.startswith("#")}
    wrong = []
    for name in sorted(os.listdir(scenes)):
        path = os.path.join(scenes, name)
        if not name.endswith(".py"):
            continue
        src = open(path).read()
        if src.startswith("# size:") or set(re.findall(r"font_montserrat_(\d+)", src)) - {"14"}:
            continue  # another display size, or fonts the board does not have
        matches = scene_matches(elf, pyvgl, pngdiff, path, os.path.join(work, name[:-3]))
        print(name, "same picture" if matches else "differs", "(known)" if name[:-3] in known else "")
        if matches == (name[:-3] in known):
            wrong.append(name)
    if wrong:
        sys.exit("FAIL: %s (a known difference that now matches: remove it from %s)" % (", ".join(wrong), known_file))


def test_gui(elf, pyvgl, pngdiff, script, work):
    """The shot procedure of tests/gui/scenes/README.md on the board's 320x240 RGB565 panel:
    one step of the empty screen, the script, 30 steps of 33 ms, a refresh."""
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    board_png, host_png = os.path.join(work, "board.png"), os.path.join(work, "pyvgl.png")
    b = boot(elf, cwd=work)
    b.send("\x01")
    b.expect("raw REPL; CTRL-B to exit\r\n>")
    raw_exec(b, "import board\nboard.step(33)")
    raw_exec(b, open(script).read())
    raw_exec(b, "for _ in range(30): board.step(33)\nboard.refresh()\nboard.save_frame('frame.raw')")
    print("heap after the script:", raw_exec(b, "import gc; gc.collect(); print(gc.mem_alloc(), 'bytes used of', gc.mem_alloc() + gc.mem_free())").strip())
    b.send("\x02")
    b.expect(">>> ")
    b.send("\x04")
    b.finish(0)
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "rgb565_to_png.py"), os.path.join(work, "frame.raw"),
                    "320", "240", board_png], check=True)
    subprocess.run([pyvgl, "--shot", host_png, "--color-format", "RGB565", "--size", "320x240", script], check=True)
    diff = subprocess.run([pngdiff, "--tolerance", "0", "--max-share", "0", "--diff", os.path.join(work, "diff.png"),
                           host_png, board_png])
    if diff.returncode != 0:
        sys.exit("FAIL: the board's picture differs from pyvgl --shot (%s)" % work)


def smallest_heap(elf, script, lo, hi):
    """Prints, for each memory from hi KB down to lo KB, whether the board runs the script
    (the smallest that works is not a sharp threshold: it depends on the heap's layout)."""
    for kb in range(int(hi), int(lo) - 1, -1):
        r = subprocess.run([sys.executable, __file__, "paste_program", elf, script, str(kb)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        print("%d KB: %s" % (kb, "runs" if r.returncode == 0 else r.stdout.decode().splitlines()[1:2]))


if __name__ == "__main__":
    if sys.argv[1] == "smallest_heap":  # a measurement, not a test
        smallest_heap(*sys.argv[2:])
        sys.exit(0)
    globals()["test_" + sys.argv[1]](*sys.argv[2:])
    print("ok")
