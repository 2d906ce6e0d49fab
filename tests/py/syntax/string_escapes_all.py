s = '\\ \' \" \a \b \f \n \r \t \v \x7e \101 \u00e9 \U0001F600'
print([ord(c) for c in s if c != ' '])
print('\x00\x7f' == chr(0) + chr(127), '\7' == '\a', '\08' == chr(0) + '8')
print(b'\xff\x00\n\\'.hex())
