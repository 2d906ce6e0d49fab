# A small program touching most of the core: classes, closures, generators, exceptions,
# comprehensions, formatting and big ints.
class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        return self

    @property
    def rich(self):
        return self.balance > 100

    def __repr__(self):
        return 'Account(%r, %d)' % (self.owner, self.balance)


accounts = [Account(name, i * 50) for i, name in enumerate(['ann', 'bob', 'cy'])]
accounts[1].deposit(70).deposit(5)
try:
    accounts[0].deposit(-1)
except ValueError as e:
    print('refused:', e)
print(accounts, Account.count, [a.rich for a in accounts])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


print(take(12, fib()))
print(sum(x for x in take(100, fib()) if x % 2 == 0))


def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


c = counter()
c()
c(10)
print('counter', c())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(f'{3.14159:8.3f}|{255:#06x}|{"mid":^9}|{12345678:,}')
print(2 ** 64 * 3 - 1, divmod(-17, 5), round(2.675, 2), int('ff', 16))
