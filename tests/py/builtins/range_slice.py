# slicing a range gives a range whose stop is the slice stop seen through the range
print(range(4)[1::2])
print(range(4)[1:-2:2])
print(range(7, -2, -4)[:])
print(range(10)[::-1])
print(range(10)[8:2:-3], list(range(10)[8:2:-3]))
print(range(0, 20, 3)[-2:100], list(range(0, 20, 3)[-2:100]))
print(range(5)[10:], range(5)[:-10])
print(range(1, 100, 7)[3:9:2], list(range(1, 100, 7)[3:9:2]))
for r in (range(4)[1::2], range(20, 0, -3)[1:5]):
    print(len(r), list(r), r == range(r.start, r.stop, r.step))
