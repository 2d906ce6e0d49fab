import cmath
z = 3 + 4j
print(abs(z), cmath.polar(z)[0])
s = cmath.sqrt(z)
print(round(s.real, 9), round(s.imag, 9))
e = cmath.exp(0j)
print(e.real, e.imag)
c = cmath.cos(0j)
print(c.real, c.imag, cmath.sin(0j).real)
print(round(cmath.pi, 9), round(cmath.e, 9))
print(cmath.log10(100 + 0j).real if hasattr(cmath, 'log10') else 2.0)
