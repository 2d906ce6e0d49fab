"""Drive an interactive pyvgl from a pseudo-terminal, the way a terminal or an IDE does.

    with Repl(pyvgl) as r:
        r.expect('>>> ')
        r.send('1 + 2\r')
        r.expect('3')

expect() waits (up to a timeout) until a string appears in the output received since
the previous match and returns what came before it; on timeout it raises ReplTimeout with
everything received so far, so a failing test shows the screen.
"""
import fcntl
import os
import pty
import select
import signal
import subprocess
import termios
import time

DEFAULT_TIMEOUT = 5.0


def _take_controlling_tty():
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class ReplTimeout(AssertionError):
    pass


class Repl:
    def __init__(self, pyvgl, args=(), cwd=None, env=None):
        self.cmd = [pyvgl] + list(args)
        self.cwd = cwd
        self.env = dict(os.environ, **(env or {}))
        self.env.setdefault('TERM', 'xterm')
        self.buf = b''
        self.proc = None
        self.master = None

    def __enter__(self):
        self.master, slave = pty.openpty()
        # a new session whose controlling terminal is the pty, so that Ctrl-C typed while
        # code runs becomes SIGINT for the interpreter, as in a real terminal
        self.proc = subprocess.Popen(self.cmd, stdin=slave, stdout=slave, stderr=slave,
                                     cwd=self.cwd, env=self.env, start_new_session=True,
                                     preexec_fn=_take_controlling_tty)
        os.close(slave)
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        os.close(self.master)
        return False

    def _read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.master], [], [], left)
        if not ready:
            return False
        try:
            data = os.read(self.master, 4096)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not data:
            return False
        self.buf += data
        return True

    def send(self, text, delay=0.02):
        """Type text (str or bytes); a short pause lets the line editor keep up."""
        data = text.encode() if isinstance(text, str) else text
        os.write(self.master, data)
        time.sleep(delay)

    def expect(self, wanted, timeout=DEFAULT_TIMEOUT):
        pat = wanted.encode() if isinstance(wanted, str) else wanted
        deadline = time.monotonic() + timeout
        while True:
            i = self.buf.find(pat)
            if i >= 0:
                before = self.buf[:i]
                self.buf = self.buf[i + len(pat):]
                return before.decode('utf-8', 'replace')
            if not self._read_some(deadline):
                if time.monotonic() >= deadline or self.proc.poll() is not None:
                    raise ReplTimeout('did not see %r within %.1f s; received:\n%r'
                                      % (pat, timeout, self.buf))

    def drain(self, quiet=0.2):
        """Everything that arrives until the output has been quiet for `quiet` seconds."""
        while self._read_some(time.monotonic() + quiet):
            pass
        out, self.buf = self.buf, b''
        return out.decode('utf-8', 'replace')

    def wait_exit(self, timeout=DEFAULT_TIMEOUT):
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self._read_some(min(deadline, time.monotonic() + 0.1))
        return self.proc.poll()
