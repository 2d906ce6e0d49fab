import gc
table = {}
for i in range(3000):
    key = 'key%d' % (i % 97)
    table[key] = table.get(key, '') + str(i % 10)
    if len(table[key]) > 50:
        table[key] = table[key][-10:]
gc.collect()
print(len(table), sorted(table)[:3], sum(len(v) for v in table.values()))
