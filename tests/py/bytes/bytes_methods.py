b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.split(b','), b.strip().split())
print(b.find(b'World'), b.count(b'l'), b.replace(b'l', b'L'), b.startswith(b'  H'), b.endswith(b'  '))
print(b'-'.join([b'a', b'b']), b.upper(), b.lower(), b.index(b'o'))
print(b'abc'.hex(), bytes.fromhex('616263'))
print(b'a,b'.partition(b','), b'a1'.isalpha(), b'12'.isdigit(), b' '.isspace())
print(b'x=1'.rpartition(b'='), b'AbC'.rfind(b'C'), b'abcabc'.rindex(b'b'))
