data = [3, 8, 1, 9, 4]
total = 0
print([total := total + x for x in data], total)
print([(x, sq) for x in data if (sq := x * x) > 10])
print(sum(x for x in range(100) if x % 7 == 0))
print(list(zip(*[(1, 'a'), (2, 'b')])))
