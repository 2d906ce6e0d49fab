for s in ('ascii', 'é', '日本語', '😀', ''):
    b = s.encode('utf-8')
    print(len(s), len(b), b, b.decode('utf-8') == s)
print(bytes('ab', 'ascii'), str(b'\xe2\x82\xac', 'utf-8'))
