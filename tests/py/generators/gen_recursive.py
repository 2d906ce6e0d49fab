def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
def walk(tree, depth=0):
    name, kids = tree
    yield '  ' * depth + name
    for k in kids:
        yield from walk(k, depth + 1)
print('\n'.join(walk(('root', [('a', [('a1', [])]), ('b', [])]))))
