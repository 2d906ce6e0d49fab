# An unterminated literal after adjacent string literals is a SyntaxError (the parser used
# to join the strings after the lexer had failed, and crashed).
for src in ["x = 'a' 'b' 'c\n", "x = 'a' ', ' b'\n", "print('a', '\\101'', 'b')\n", "'a' \"b\" '''c\n"]:
    try:
        exec(src)
        print('no error', repr(src))
    except SyntaxError:
        print('SyntaxError', repr(src))
