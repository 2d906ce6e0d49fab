print('abc'.encode(), 'hi'.encode('utf-8'))
print(str(123).isdigit(), 'x'.join('12'), 'abc'.upper().lower())
print('a-b_c'.replace('-', ' ').replace('_', ' ').split())
print('Hello'[::-1].lower(), '  x '.strip().center(5, '.'))
s = 'The quick brown fox'
words = s.split()
print(len(words), [w[0] for w in words], ' '.join(w.upper() for w in words))
print(s.count('o'), s.lower().count('the'), s.find('quick'), s.rfind('o'))
