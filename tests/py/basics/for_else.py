for i in range(3):
    print('i', i)
else:
    print('done', i)
for c in 'abc':
    if c == 'b':
        print('found b')
        break
else:
    print('not found')
for x in []:
    print('never')
else:
    print('empty loop else')
for i in range(10):
    if i % 3:
        continue
    print('mult3', i)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
