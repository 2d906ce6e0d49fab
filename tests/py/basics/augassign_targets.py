l = [1, 2, 3]
l[0] += 10
l[-1] *= 2
print(l)
d = {'a': 1}
d['a'] += 5
d.setdefault('b', 0)
d['b'] -= 1
print(d)
class O:
    n = 0
o = O()
o.n += 3
print(o.n, O.n)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
ll = [1]
alias = ll
ll += [2]
print(alias, alias is ll)
tt = (1,)
alias2 = tt
tt += (2,)
print(alias2, tt)
