# float() reads the text of a number from any bytes-like object
print(float(b"1.2"), float(bytearray(b"3.4")), float(memoryview(b" -5e-1 ")))
print(float(bytearray(b"inf")), float(memoryview(bytearray(b"1_000.5"))))
for bad in (bytearray(b""), bytearray(b"1z"), memoryview(b"..")):
    try:
        float(bad)
    except ValueError:
        print("ValueError", type(bad).__name__)
