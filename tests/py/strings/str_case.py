print('Hello World'.lower(), 'Hello World'.upper(), 'ABC'.lower().upper())
print('abc'.isalpha(), 'ab1'.isalpha(), '123'.isdigit(), '12a'.isdigit(), ''.isdigit())
print(' \t\n'.isspace(), ' a'.isspace(), 'ABC'.isupper(), 'AbC'.isupper(), 'abc'.islower(), 'a1'.islower())
print('A1'.isupper(), '1'.isupper(), ''.isspace())
