print(1.0, 1., .1, 1e0, 1E+2, 1e-2, 1.5e3, 0e0, 1_000.000_1, 1e10)
print(3.14j, 1e3j, 0j, 10J)
print(type(1e0).__name__, type(1j).__name__)
