print(0b0, 0b1111_0000, 0o0, 0o777, 0x0, 0xDEAD_beef, 1_2_3)
print(0B11, 0O11, 0X11, 00, 0_0_0)
print(340282366920938463463374607431768211456, 0xffff_ffff_ffff_ffff_ffff)
for src in ('0x', '1.2.3', '0b'):
    try:
        eval(src)
        print(src, 'ok')
    except SyntaxError:
        print(src, 'SyntaxError')
