import re
pat = re.compile(r'[A-Z][a-z]*')
print(pat.match('Hello world').group(0), pat.search('say Hi').group(0))
print(pat.sub('_', 'Ab Cd ef'), pat.split('xAyBz'))
num = re.compile(r'^[-+]?[0-9]+(\.[0-9]*)?$')
for s in ('12', '-3.5', '+.5', 'abc', '7.'):
    print(s, num.match(s) is not None)
print(re.compile('a*?b').match('aaab').group(0), re.compile('a+?').match('aaa').group(0))
print(re.match('[^0-9]+', 'abc9').group(0))
