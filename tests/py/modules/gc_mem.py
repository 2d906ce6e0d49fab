import gc
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(type(free).__name__, type(alloc).__name__, free > 0, alloc > 0)
big = bytearray(100000)
print(gc.mem_alloc() >= alloc + 100000 - 1024)
del big


def deeper_call():
    return 0


# a Python call first: the stack scan is conservative, and in an unoptimised (ASan) build
# the C frames below the interpreter's can keep a stale copy of the pointer from the calls
# that made the bytearray; the call's frames overwrite it
deeper_call()
gc.collect()
print(gc.mem_alloc() < alloc + 100000)
