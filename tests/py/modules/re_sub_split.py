import re
print(re.sub(r'\d', '#', 'a1b22c333'), re.sub(r'\s+', ' ', 'a   b \t c'))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'x=1 y=2'))
print(re.sub(r'\d+', lambda m: str(int(m.group(0)) * 2), 'n5 n10'))
print(re.sub('a', 'b', 'aaaa', 2))
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'\d', 'x1y2z'))
print(re.split(',', 'a,b,c', 1))
