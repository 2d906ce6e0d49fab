for s in ('1+2j', '-1.5-2.5j', '3j', '4', ' 2+0j ', '-j' if False else '-1j'):
    print(complex(s))
print(repr(1 + 0j), repr(-0.5j), str(2 - 3j))
print((1 + 2j) == complex(1, 2), (2j).imag, (2j).real)
