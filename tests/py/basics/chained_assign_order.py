log = []
class D(dict):
    def __setitem__(self, k, v):
        log.append(k)
        dict.__setitem__(self, k, v)
d = D()
d['a'] = d['b'] = 1
print(log)
def val(v):
    log.append('val%d' % v)
    return v
log.clear()
x = [0, 0]
x[val(0)] = val(5)
print(log, x)
