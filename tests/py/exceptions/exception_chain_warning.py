# MicroPython does not chain exceptions: `raise X from Y` raises X and prints a warning
# on stdout (nothing for `from None`); the traceback shows X only.
try:
    raise Exception from None
except Exception:
    print("from None caught")


def f(cause):
    try:
        raise ValueError("inner")
    except ValueError as exc:
        raise RuntimeError("outer") from (exc if cause else None)


for cause in (True, False):
    try:
        f(cause)
    except RuntimeError as e:
        print("caught", repr(e))
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print("caught", repr(e))
