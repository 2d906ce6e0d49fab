g = (x for x in [1])
print(next(g, 'a'), next(g, 'b'), next(g, None))
print(next(iter(''), 'empty-str'))
