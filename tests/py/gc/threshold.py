# gc.threshold(n): a collection after about n bytes of allocations, so garbage does not
# pile up past it; the value reads back rounded down to whole heap blocks, -1 when unset.
import gc

print(gc.threshold())
gc.threshold(1)
print(gc.threshold())
gc.threshold(4000)
print(gc.threshold() in (3968, 4000), gc.threshold() > 0)
gc.collect()
base = gc.mem_alloc()
peak = 0
for i in range(3000):
    junk = [i] * 12
    peak = max(peak, gc.mem_alloc() - base)
print('peak under 16 KB:', peak < 16384)
gc.threshold(-1)
print(gc.threshold())
