class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in 'mississippi':
    c.add(ch)
print(sorted(c.items()), isinstance(c, dict))
