s = ' Hello World '.strip().lower().replace('world', 'there').split()
print(s)
print('-'.join(sorted('cab')).upper())
print([1, 2, 3].__len__(), {'a': 1}.get('a'), (1, 2).count(1))
def ret_list():
    return [lambda: 'called']
print(ret_list()[0]())
print(str(123)[::-1] * 2)
