# At opt_level 3 compiled code keeps no line numbers (a traceback says line 1 everywhere),
# as in MicroPython; code compiled before the change keeps its lines.
import io
import micropython
import sys


def where(src):
    try:
        exec(src, {})
    except Exception as e:
        out = io.StringIO()
        sys.print_exception(e, out)
        print([line.strip() for line in out.getvalue().splitlines() if "<string>" in line or "Error" in line])


src = "x = 1\n\ndef f():\n    y = 2\n    return missing\n\nf()\n"
where(src)
micropython.opt_level(3)
where(src)
where("class K:\n    def m(self):\n        raise ValueError('deep')\n\nK().m()\n")
micropython.opt_level(0)
where(src)
