# Streams show their module-qualified type name (io.StringIO / _io.StringIO in CPython)
import io

for s in (io.StringIO("x"), io.BytesIO(b"x")):
    r = repr(s)
    print(type(s).__name__, "io." + type(s).__name__ in r, r.startswith("<") and r.endswith(">"))
