import gc
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(type(free).__name__, type(alloc).__name__, free > 0, alloc > 0)
big = bytearray(100000)
print(gc.mem_alloc() >= alloc + 100000 - 1024)
del big
gc.collect()
print(gc.mem_alloc() < alloc + 100000)
