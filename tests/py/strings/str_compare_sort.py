words = ['pear', 'Apple', 'banana', 'apple', 'Banana', '', 'a']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True)[:3])
print(max(words), min(words[:-2]), 'abc' < 'abcd' < 'abd')
