#!/usr/bin/env python3
"""The SDL window under Xvfb: what the window shows, clicks, typing, the wheel, idle cost.

    xvfb_test.py --app sdl_window_app --pngdiff pngdiff --gui-scenes gui_scenes --out DIR CHECK

CHECK is scene_NAME (the window's picture equals the headless render of reference scene
NAME), scene_zoom (zoom 2: twice the size, clicks land on the right widget), click, type,
wheel (xdotool input gives the same picture as the scripted input headless, and the
callbacks ran), f12 (F12 saves numbered PNGs of the screen), resize (a resizeable window's display
follows the window's size), idle (a static scene flushes nothing while idle; the CPU share is
printed, and SIGTERM closes the app cleanly), or pyvgl_window (`pyvgl script.py` on a desktop
shows the script's widgets in a window that stays open after the script, with the same picture
as `pyvgl --shot`, and closes on SIGTERM), or repl_window (the REPL in a pty with a window open:
an xdotool click runs a button's callback and a timer keeps counting while the prompt waits;
prints the REPL's idle CPU with a static window), or watch_window (`pyvgl --watch` redraws the
same window on each save, equal to `--shot` of the new version; a broken version shows an error).
Exits 77 (ctest's skip) when Xvfb, xdotool or ImageMagick is not installed.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import time

SKIP = 77


class Failure(Exception):
    pass


def start_xvfb():
    """Starts Xvfb on a free display number (it picks one and writes it to a pipe)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    number = b""
    with os.fdopen(read_fd, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        proc.kill()
        raise Failure("Xvfb did not start")
    return proc, ":" + number.decode().strip()


class App:
    """sdl_window_app in window mode; its stdout lines are read as they come."""

    def __init__(self, args, env, scene, *extra, cwd=None):
        self.title = "pyvgl-test-%d-%s" % (os.getpid(), scene)
        self.env = env
        self.proc = subprocess.Popen([args.app, "window", scene, "--title", self.title, *extra], env=env,
                                     stdout=subprocess.PIPE, text=True, cwd=cwd)
        self.lines = []
        self.wait_line("READY", 20)
        out = subprocess.run(["xdotool", "search", "--sync", "--name", self.title], env=env, capture_output=True,
                             text=True, timeout=10).stdout.split()
        if not out:
            raise Failure("no X window titled " + self.title)
        self.window = out[0]

    def wait_line(self, prefix, timeout):
        end = time.time() + timeout
        while time.time() < end:
            line = self.proc.stdout.readline()
            if not line:
                raise Failure("the app ended before printing %r (exit %s)" % (prefix, self.proc.wait()))
            line = line.rstrip("\n")
            self.lines.append(line)
            if line.startswith(prefix):
                return line
        raise Failure("no %r line within %ss" % (prefix, timeout))

    def xdotool(self, *cmd):
        subprocess.run(["xdotool", *cmd], env=self.env, check=True, timeout=20)

    def screenshot(self, path):
        subprocess.run(["import", "-window", self.window, "png24:" + path], env=self.env, check=True, timeout=20)
        return path

    def close(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # SDL turns it into a quit request
            try:
                return self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise Failure("the app did not quit on SIGTERM")
        return self.proc.returncode


def same_picture(args, a, b, diff, max_share="1"):
    res = subprocess.run([args.pngdiff, "--max-share", max_share, "--diff", diff, a, b], capture_output=True, text=True)
    print("pngdiff %s %s: %s" % (os.path.basename(a), os.path.basename(b), res.stdout.strip()))
    return res.returncode == 0


def expect_same(args, a, b, what):
    if not same_picture(args, a, b, a[:-4] + "_diff.png"):
        raise Failure(what + ": the window differs from the headless render (diff next to " + a + ")")


def headless(args, scene, out, script=None):
    cmd = [args.app, "headless", scene, out] + (["--script", script] if script else [])
    subprocess.run(cmd, check=True, timeout=60)
    return out


def wait_settled():
    time.sleep(1.0)  # press transitions and scrolling end well within this


def check_scene(args, env, name):
    app = App(args, env, name)
    shot = app.screenshot(os.path.join(args.out, name + "_window.png"))
    app.close()
    ref = os.path.join(args.out, name + "_headless.png")
    subprocess.run([args.gui_scenes, name, ref], check=True, timeout=60)
    expect_same(args, shot, ref, name)


def check_click(args, env, zoom=1):
    extra = ["--zoom", str(zoom)] if zoom != 1 else []
    tag = "click" if zoom == 1 else "click_zoom%d" % zoom
    app = App(args, env, "click", *extra)
    before = app.screenshot(os.path.join(args.out, tag + "_before.png"))
    app.xdotool("mousemove", "--window", app.window, str(160 * zoom), str(120 * zoom), "click", "1")
    app.wait_line("clicked 1", 10)
    wait_settled()
    after = app.screenshot(os.path.join(args.out, tag + "_after.png"))
    app.close()
    if zoom != 1:
        size = subprocess.run(["identify", "-format", "%wx%h", after], capture_output=True, text=True).stdout
        if size != "%dx%d" % (320 * zoom, 240 * zoom):
            raise Failure("zoom %d: the window is %s" % (zoom, size))
        small = after[:-4] + "_small.png"
        subprocess.run(["convert", after, "-sample", "%d%%" % (100 // zoom), "png24:" + small], check=True)
        after = small
    else:
        if same_picture(args, before, after, os.path.join(args.out, "click_change.png"), "0"):
            raise Failure("the click changed nothing on screen")
    expect_same(args, after, headless(args, "click", os.path.join(args.out, tag + "_headless.png"), "click"), tag)


def check_type(args, env):
    app = App(args, env, "type")
    app.xdotool("windowfocus", "--sync", app.window)
    app.xdotool("type", "--delay", "30", "Hello pyvgl")
    app.wait_line("text Hello pyvgl", 10)
    app.xdotool("key", "BackSpace")
    app.wait_line("text Hello pyvg", 10)
    wait_settled()
    shot = app.screenshot(os.path.join(args.out, "type_window.png"))
    app.close()
    expect_same(args, shot, headless(args, "type", os.path.join(args.out, "type_headless.png"), "type"), "type")


def check_wheel(args, env):
    app = App(args, env, "wheel")
    app.xdotool("mousemove", "--window", app.window, "160", "120")
    for _ in range(12):
        app.xdotool("click", "5")  # X button 5: the wheel turned towards the user
    app.wait_line("focused 12", 10)
    wait_settled()
    shot = app.screenshot(os.path.join(args.out, "wheel_window.png"))
    app.close()
    expect_same(args, shot, headless(args, "wheel", os.path.join(args.out, "wheel_headless.png"), "wheel"), "wheel")


def check_f12(args, env):
    folder = os.path.join(args.out, "f12")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    app = App(args, env, "01_hello_button", cwd=folder)
    app.xdotool("windowfocus", "--sync", app.window)
    app.xdotool("key", "F12")
    app.xdotool("key", "F12")
    shots = [os.path.join(folder, "pyvgl-screenshot-%03d.png" % n) for n in (1, 2)]
    end = time.time() + 10
    while time.time() < end and not all(os.path.exists(p) for p in shots):
        time.sleep(0.1)
    time.sleep(0.3)  # let the second file be written completely
    app.close()
    ref = os.path.join(args.out, "f12_headless.png")
    subprocess.run([args.gui_scenes, "01_hello_button", ref], check=True, timeout=60)
    for shot in shots:
        if not os.path.exists(shot):
            raise Failure("F12 wrote no " + shot)
        expect_same(args, shot, ref, "F12 screenshot")


def check_resize(args, env):
    app = App(args, env, "click", "--resizeable", "1")
    app.xdotool("windowsize", app.window, "400", "300")
    app.wait_line("resolution 400x300", 10)
    wait_settled()
    # the button stays centred in the larger display, and clicks still find it
    app.xdotool("mousemove", "--window", app.window, "200", "150", "click", "1")
    app.wait_line("clicked 1", 10)
    wait_settled()
    shot = app.screenshot(os.path.join(args.out, "resize_window.png"))
    app.close()
    size = subprocess.run(["identify", "-format", "%wx%h", shot], capture_output=True, text=True).stdout
    if size != "400x300":
        raise Failure("the resized window's picture is " + size)


def check_idle(args, env):
    app = App(args, env, "01_hello_button", "--idle-seconds", "5")
    line = app.wait_line("idle cpu", 30)
    print(line)
    flushes = int(line.split()[-1])
    if flushes != 0:
        raise Failure("a static scene flushed %d areas while idle" % flushes)
    status = app.close()
    if status != 0:
        raise Failure("the app exited with %s after SIGTERM" % status)


def check_pyvgl_window(args, env):
    script = os.path.join(args.source, "examples", "hello_world.py")
    ref = os.path.join(args.out, "pyvgl_window_shot.png")
    subprocess.run([args.pyvgl, "--shot", ref, script], check=True, timeout=60)
    env = dict(env, PYVGL_DISPLAY="320x240")
    env.pop("PYVGL_HEADLESS", None)
    proc = subprocess.Popen([args.pyvgl, script], env=env)
    try:
        out = subprocess.run(["xdotool", "search", "--sync", "--name", "^pyvgl$"], env=env, capture_output=True,
                             text=True, timeout=20).stdout.split()
        if not out:
            raise Failure("no pyvgl window")
        wait_settled()
        if proc.poll() is not None:
            raise Failure("pyvgl ended although its window was open (exit %s)" % proc.returncode)
        shot = os.path.join(args.out, "pyvgl_window.png")
        subprocess.run(["import", "-window", out[0], "png24:" + shot], env=env, check=True, timeout=20)
        expect_same(args, shot, ref, "pyvgl window")
        start = process_cpu_seconds(proc.pid)
        time.sleep(5.0)
        share = (process_cpu_seconds(proc.pid) - start) / 5.0 * 100
        print("pyvgl after the script, static window open: %.2f %% of a core" % share)
        proc.send_signal(signal.SIGTERM)
        if proc.wait(5) != 0:
            raise Failure("pyvgl exited with %s after SIGTERM" % proc.returncode)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def process_cpu_seconds(pid):
    """User + system CPU time of a process so far (/proc/PID/stat, clock ticks)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def check_repl_window(args, env):
    """The REPL with a window open: a click in the window runs its callback and a timer keeps
    counting while the prompt waits for a key; the prompt answers. Prints the REPL's idle CPU."""
    sys.path.insert(0, os.path.join(args.source, "tests", "repl"))
    from replpty import Repl
    env = dict(env, PYVGL_DISPLAY="320x240")
    env.pop("PYVGL_HEADLESS", None)
    with Repl(args.pyvgl, env=env) as r:
        r.expect(">>> ")
        for line in ("import lvgl as lv", "clicks = [0]", "ticks = [0]", "btn = lv.button(lv.screen_active())",
                     "btn.set_size(120, 50)", "btn.center()",
                     "btn.add_event_cb(lambda e: clicks.__setitem__(0, clicks[0] + 1), lv.EVENT.CLICKED, None)",
                     "timer = lv.timer_create(lambda t: ticks.__setitem__(0, ticks[0] + 1), 100, None)"):
            r.send(line + "\r")
            r.expect(">>> ")
        out = subprocess.run(["xdotool", "search", "--sync", "--name", "^pyvgl$"], env=env, capture_output=True,
                             text=True, timeout=20).stdout.split()
        if not out:
            raise Failure("no pyvgl window from the REPL")
        time.sleep(0.5)
        subprocess.run(["xdotool", "mousemove", "--window", out[0], "160", "120", "click", "1"], env=env,
                       check=True, timeout=20)
        time.sleep(1.0)  # the REPL waits for a key meanwhile
        r.send("print('clicks', clicks[0], 'ticks', ticks[0])\r")
        line = r.expect(">>> ")
        print("REPL after the click:", line.strip().splitlines()[-1])
        words = line.split()
        clicks, ticks = int(words[words.index("clicks") + 1]), int(words[words.index("ticks") + 1])
        if clicks != 1:
            raise Failure("the click in the window ran its callback %d times while the REPL waited" % clicks)
        if ticks < 10:
            raise Failure("the timer ran only %d times in 1.5 s while the REPL waited" % ticks)
        r.send("timer.delete()\r")
        r.expect(">>> ")
        time.sleep(1.0)
        start = process_cpu_seconds(r.proc.pid)
        time.sleep(5.0)
        share = (process_cpu_seconds(r.proc.pid) - start) / 5.0 * 100
        print("REPL waiting with a static window open: %.2f %% of a core" % share)
        r.send("\x04")  # Ctrl-D: leave the REPL
        if r.wait_exit(10) != 0:
            raise Failure("the REPL did not exit cleanly after Ctrl-D")


WATCH_VERSION = """import lvgl as lv
btn = lv.button(lv.screen_active())
btn.align(lv.ALIGN.CENTER, 0, 0)
lv.label(btn).set_text(%r)
"""


def check_watch_window(args, env):
    """pyvgl --watch in a window: a save redraws the same window with the new version, equal
    to the --shot render of that version; a broken version leaves the window open."""
    env = dict(env, PYVGL_DISPLAY="320x240")
    env.pop("PYVGL_HEADLESS", None)
    folder = os.path.join(args.out, "watch")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    script = os.path.join(folder, "app.py")

    def save(text):
        with open(script + ".tmp", "w") as f:
            f.write(text)
        os.replace(script + ".tmp", script)

    def shot_of(tag):
        ref = os.path.join(folder, tag + "_shot.png")
        subprocess.run([args.pyvgl, "--shot", ref, "--size", "320x240", script], check=True, timeout=60)
        return ref

    save(WATCH_VERSION % "first")
    first_ref = shot_of("first")
    err = open(os.path.join(folder, "stderr.txt"), "w+")
    proc = subprocess.Popen([args.pyvgl, "--watch", script], env=env, stderr=err)

    def wait_err(text):
        end = time.time() + 20
        while time.time() < end:
            err.seek(0)
            if text in err.read():
                return
            time.sleep(0.1)
        err.seek(0)
        raise Failure("no %r from --watch; stderr: %s" % (text, err.read()))

    try:
        out = subprocess.run(["xdotool", "search", "--sync", "--name", "^pyvgl$"], env=env, capture_output=True,
                             text=True, timeout=20).stdout.split()
        if not out:
            raise Failure("no pyvgl window")
        window = out[0]
        wait_settled()
        first = os.path.join(folder, "first_window.png")
        subprocess.run(["import", "-window", window, "png24:" + first], env=env, check=True, timeout=20)
        expect_same(args, first, first_ref, "--watch first version")
        save(WATCH_VERSION % "second version")
        wait_err("run 2 ok")
        wait_settled()
        second = os.path.join(folder, "second_window.png")
        subprocess.run(["import", "-window", window, "png24:" + second], env=env, check=True, timeout=20)
        expect_same(args, second, shot_of("second"), "--watch after a save (same window)")
        save("import lvgl as lv\nraise ValueError('broken')\n")
        wait_err("run 3 failed")
        wait_settled()
        broken = os.path.join(folder, "broken_window.png")
        subprocess.run(["import", "-window", window, "png24:" + broken], env=env, check=True, timeout=20)
        if same_picture(args, broken, second, os.path.join(folder, "broken_change.png"), "0"):
            raise Failure("a broken version left the previous picture (no error shown)")
        if proc.poll() is not None:
            raise Failure("--watch ended after a broken version (exit %s)" % proc.returncode)
        proc.send_signal(signal.SIGINT)
        if proc.wait(5) != 1:  # the status of the last run, which failed
            raise Failure("--watch exited with %s after SIGINT (1 expected)" % proc.returncode)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        err.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--pngdiff", required=True)
    ap.add_argument("--gui-scenes", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--pyvgl")
    ap.add_argument("--source", help="the repository's top folder (for examples/)")
    ap.add_argument("check")
    args = ap.parse_args()
    missing = [t for t in ("Xvfb", "xdotool", "import", "identify", "convert") if not shutil.which(t)]
    if missing or not os.path.exists("/usr/bin/import"):
        print("skipped: not installed: %s (Debian xvfb xdotool imagemagick)" % " ".join(missing or ["imagemagick"]))
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display)
    env.pop("WAYLAND_DISPLAY", None)
    env["SDL_VIDEODRIVER"] = "x11"
    # Under ASan: libraries SDL loads (D-Bus, and X11 parts it dlopens and unloads) leak
    # blocks LeakSanitizer cannot attribute; the engine's own blocks are leak-checked by the
    # headless driver tests. Other ASan/UBSan checks stay on.
    env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":detect_leaks=0").lstrip(":")
    try:
        if args.check.startswith("scene_") and args.check != "scene_zoom":
            check_scene(args, env, args.check[len("scene_"):])
        elif args.check == "scene_zoom":
            check_click(args, env, zoom=2)
        elif args.check in ("click", "type", "wheel", "f12", "resize", "idle", "pyvgl_window", "repl_window",
                            "watch_window"):
            globals()["check_" + args.check](args, env)
        else:
            print("unknown check " + args.check)
            return 2
    except Failure as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        xvfb.terminate()
        xvfb.wait()
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
