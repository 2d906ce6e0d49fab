print('tab\tend', 'nl\\n', 'q\'q', "d\"d", 'back\\slash')
print('\x41\x42', '\101\102', '\u0041', '\U00000041', '\0' == chr(0), len('\x00\x01'))
print(repr('\n\t\r\x00\x7f\\\''))
print(repr("it's"), repr('say "x"'), repr('both \' and "'))
print('line\
continued')
print(len('\a\b\f\v'), [ord(c) for c in '\a\b\f\v'])
