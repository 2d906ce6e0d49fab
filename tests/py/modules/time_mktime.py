import time
t = time.mktime((2024, 2, 29, 12, 30, 15, 0, 0, -1))
back = time.localtime(t)
print(back[0], back[1], back[2], back[3], back[4], back[5])
t2 = time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, -1))
print(time.localtime(t2)[:6])
