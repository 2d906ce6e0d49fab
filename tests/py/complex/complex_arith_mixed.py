z = 2 + 3j
print(z + 1, z - 1.5, z * 2, z / 2, 1 + z, 2 * z, 6 / (1 + 1j))
print(z * z.conjugate(), (z * z.conjugate()).real, abs(3 + 4j) == 5)
print(z ** 0, z ** 1, (1j) ** 3, (0.5 + 0.5j) * 2)
w = 1 + 1j
w += 1
w *= 1j
print(w, w.real, w.imag, type(w.real).__name__)
print(complex(3) == 3, complex(0, 1) == 1j, -(1 - 1j))
