# A small "inventory and report" program meant to run in a 16 KB heap:
#   pyvgl -X heapsize=16k program.py
# It exercises classes, closures, generators, string formatting and dict/list
# work while keeping only a few hundred bytes alive at any time, so the
# collector has to reclaim garbage continuously. It also runs as an ordinary
# tests/py script (stdout compared with CPython).


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price

    def __repr__(self):
        return 'Item(%s, %d, %d)' % (self.name, self.qty, self.price)


class Perishable(Item):
    def __init__(self, name, qty, price, days):
        super().__init__(name, qty, price)
        self.days = days

    def total(self):
        # perishables lose 10% of their value per day past 3 days
        base = super().total()
        if self.days > 3:
            base = base * (10 - min(self.days - 3, 9)) // 10
        return base


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        self.items[item.name] = item

    def remove(self, name):
        return self.items.pop(name, None)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        for name in sorted(self.items):
            yield self.items[name]

    def value(self):
        return sum(i.total() for i in self)


def make_counter(start):
    count = [start]

    def step(n=1):
        count[0] += n
        return count[0]
    return step


def make_filter(min_total):
    return lambda item: item.total() >= min_total


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def word_counts(text):
    counts = {}
    for word in text.split():
        word = word.strip('.,').lower()
        counts[word] = counts.get(word, 0) + 1
    return counts


def report(inv):
    lines = []
    for item in inv:
        lines.append('%-8s %3d x %4d = %6d' % (item.name, item.qty, item.price, item.total()))
    return lines


def main():
    inv = Inventory()
    names = ['apple', 'bread', 'cheese', 'dates', 'eggs', 'flour', 'grapes', 'honey']
    ids = make_counter(100)
    for i, name in enumerate(names):
        if i % 3 == 0:
            inv.add(Perishable(name, i + 1, 10 * (i + 2), i))
        else:
            inv.add(Item(name, i + 1, 10 * (i + 2)))
        ids()
    print('items:', len(inv), 'next id:', ids(0))
    for line in report(inv):
        print(line)
    print('total value:', inv.value())

    expensive = make_filter(150)
    print('expensive:', [i.name for i in inv if expensive(i)])
    removed = inv.remove('dates')
    print('removed:', removed, 'left:', len(inv))
    print('after removal: {:,}'.format(inv.value()))

    # churn: build and drop many short-lived objects
    checksum = 0
    for round_no in range(200):
        tmp = [Item('t%d' % j, j, round_no % 7 + 1) for j in range(5)]
        d = {it.name: it.total() for it in tmp}
        checksum = (checksum * 31 + sum(d.values()) + len(str(tmp[-1]))) % 1000003
    print('churn checksum:', checksum)

    groups = [sum(c) for c in chunks(list(range(1, 31)), 7)]
    print('chunk sums:', groups)
    fibs = list(fib_gen(1000))
    print('fibs:', len(fibs), fibs[-3:])

    text = 'The heap is small. The program is small, but the heap must hold it all.'
    counts = word_counts(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    print('top words:', top)

    table = {}
    for n in range(1, 40):
        key = 'even' if n % 2 == 0 else 'odd'
        table.setdefault(key, []).append(n * n % 17)
    print('squares mod 17:', {k: sum(v) for k, v in sorted(table.items())})

    s = ''
    for n in range(12):
        s += '%x' % (n * 37 % 16)
    print('hex string:', s, s.upper().count('A'))
    n, v = len(inv), inv.value() / 100
    print(f'f-string: {n} items worth {v:.2f}')
    try:
        inv.items['missing'].total()
    except KeyError as e:
        print('missing item:', e.args[0])
    stack = []
    for ch in '(a[b]{c}(d))':
        if ch in '([{':
            stack.append(ch)
        elif ch in ')]}':
            stack.pop()
    print('balanced:', not stack)


main()
