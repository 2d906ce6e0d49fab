# String building paths that avoid temporary buffers: concatenation keeps code-point
# counts right (ASCII and not), case mapping in place, small-int digits in every base.
a = "ab" + "çd"
print(a, len(a), a[2], a[-1], len("ç" + "é"), ("x" * 3 + "ü")[3])
print(len(b"ab" + b"\xff"), b"ab" + bytearray(b"cd"), "" + "q", "q" + "")
s = "key:VALUE;other:X"
pieces = s.split(";")
print(pieces, [len(p) for p in pieces], pieces[0].split(":")[1].lower()[::-1])
print("MiXeD 123".upper(), "MiXeD 123".lower(), "".upper() == "", "Ünï".upper(), "Ünï".lower())
print(b"MiXeD".upper(), b"MiXeD".lower(), "hello world".title(), "hEllO".swapcase())
for v in (0, 7, -7, 255, -256, 2 ** 40, -(2 ** 40), 2 ** 70, -(2 ** 70)):
    print(str(v), hex(v), oct(v), bin(v)[:12], "%05d|%x|%X|%o" % (v, v, v, v),
          "{:>8}|{:+d}|{:#x}|{:08b}".format(v, v, v, v & 255))
acc = ""
for i in range(300):
    acc += "w" + str(i % 97)
    if len(acc) > 50:
        acc = acc[20:]
print(acc, len(acc))
class S(str):
    pass
t = S("sub") + ""
print(type(t).__name__, t)
