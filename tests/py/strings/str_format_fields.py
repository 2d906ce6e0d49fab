print('{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
class P:
    x = 'attr'
print('{0.x} {p.x}'.format(P(), p=P()))
print('{:{w}}|{:.{p}f}'.format('w', 3.14159, w=4, p=2))
print('{0[0][1]}'.format([[1, 2]]))
