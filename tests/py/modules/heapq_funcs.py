import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 0, 3]
heapq.heapify(data)
print(data[0], len(data))
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
h2 = []
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    heapq.heappush(h2, item)
print(heapq.heappop(h2), heapq.heappop(h2))
try:
    heapq.heappop([])
except IndexError:
    print('IndexError')
