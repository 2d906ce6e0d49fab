s = 'naïve café ☕ 日本'
print(len(s), s.find('日'), s[-2:], s[::-1], s[6:10].upper())
print(s.encode('utf-8'), len(s.encode()))
print(b'caf\xc3\xa9'.decode('utf-8'), 'é'.encode())
print(s.split(' '), '日' in s, s.index('☕'))
print(repr('é'), '\u00e9' == 'é')
print(sorted('ébà'), max('aé'), 'ü' > 'u')
