# printf-style integer precision: the minimum number of digits, zero-filled
print("%.4d|%.4i|%.4u" % (12, -12, 7))
print(">%8.4d<" % -12, ">% 8.4d<" % 12, ">%+8.4d<" % 12, ">%-8.4d<" % -12)
print(">%08.4d<" % -12, ">%-08.4d<" % 12, ">%-+08.4d<" % 12)
print("%*.*d" % (2, 2, 20), "%*.*d" % (5, 8, 20), "%.0d" % 5, "%.1d" % 123)
print("%.4x %.4X %.4o %#.4x %#.6o" % (18, 255, 8, 18, 8))
print("%.30d" % 12345678901234567890)
print("%.3d" % True, "%5.3d" % 4.9)
