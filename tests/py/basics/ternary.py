for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 1 if True else 1 / 0
print(x)
y = (lambda: 'a') if x else (lambda: 'b')
print(y())
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
