import time
t = time.gmtime(1700000000)
print(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7])
t = time.gmtime(951782400)
print(t[:3], t[7])
t = time.gmtime(0x7fffffff)
print(t[:6])
