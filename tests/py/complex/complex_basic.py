z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(complex(1, 2), complex(2), complex('3+4j'), complex(), 1j * 1j)
print(type(z).__name__, z == complex(3, 4), z != 3)
print(-z, +z, (1 + 2j) + (3 - 1j), (1 + 2j) - 1, 2 * (1 + 1j))
print((1 + 2j) * (3 + 4j), (4 + 2j) / (1 - 1j), (1 + 1j) ** 2)
print(1j ** 2 == -1, abs(3j), complex(1.5, -2.5))
