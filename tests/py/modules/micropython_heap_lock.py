import micropython
micropython.heap_lock()
try:
    x = [1, 2, 3] * 1000
    print('allocated')
except MemoryError:
    print('MemoryError while locked')
micropython.heap_unlock()
y = [1, 2, 3] * 1000
print(len(y))
