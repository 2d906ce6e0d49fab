import gc
gc.collect()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
garbage = [[i] * 10 for i in range(100)]
del garbage
gc.collect()
print('collected')
