# memoryview does not support + or +=, even with a bytes-like right operand;
# bytes-like + bytes-like still concatenates
m = memoryview(bytearray(b"ab"))
for rhs in (bytearray(b"x"), b"x", memoryview(b"x")):
    try:
        print(m + rhs)
    except TypeError as e:
        print("TypeError")
try:
    m += bytearray(b"y")
    print("no error", m)
except TypeError as e:
    print("TypeError")
print(type(m).__name__, bytes(m))
print(bytearray(b"ab") + memoryview(b"cd"), b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
