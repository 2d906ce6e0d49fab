a = 1; b = 2; c = a + b; print(c)
if c > 2: print('big'); print('still if')
for i in range(3): print(i, end=' ')
print()
while a < 3: a += 1
print(a)
def f(): return 'one-liner'
print(f())
class K: x = 7
print(K.x)
