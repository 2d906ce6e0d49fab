# float() parses strings of any length (long mantissas, huge exponents, '_' separators)
print("%.4e" % float("9" * 60 + "e-60"), "%.4e" % float("9" * 60 + "e-40"))
print(float("." + "9" * 70), float("." + "9" * 70 + "e20"))
print(float("." + "0" * 60 + "1e10") == float("1e-51"))
print(float("  " + "1" * 100 + "  ") == 1.1111111111111111e99)
print(float("1e4294967301"), float("-1e-18446744073709551621"), float("1_000.5"))
print(float(bytearray(b"2" * 80)) > 2e79)
for bad in ("1" * 200 + "x", "_1", "1__0", "", "  ", "1e", "--1"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", len(bad))
