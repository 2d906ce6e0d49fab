import micropython
log = []
def cb(arg):
    log.append(arg)
micropython.schedule(cb, 'scheduled')
for i in range(1000):
    pass
print(log)
