# list.sort and sorted accept only key= and reverse=; any other keyword is a TypeError
data = [3, 1, 2]
for call in (lambda: data.sort(noexist=1), lambda: sorted(data, revers=True),
             lambda: data.sort(key=None, cmp=None), lambda: sorted(data, reverse=True, extra=0)):
    try:
        call()
        print("no error")
    except TypeError:
        print("TypeError")
print(data)
data.sort(key=lambda x: -x)
print(data, sorted(data, key=None, reverse=False), sorted(data, reverse=True))
data.sort(reverse=True, key=str)
print(data)
