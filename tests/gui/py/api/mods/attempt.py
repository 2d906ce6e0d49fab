# Shared by the api tests that probe misuse: runs a call and prints its result or the
# exception it raised (its type, and its message unless it is an LvReferenceError).
import lvgl as lv


def attempt(what, f):
    try:
        r = f()
        print(what, '->', r)
    except lv.LvReferenceError:
        print(what, 'LvReferenceError')
    except Exception as ex:
        print(what, type(ex).__name__, ex)
