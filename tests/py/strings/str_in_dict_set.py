words = 'the cat and the hat and the bat'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
uniq = set(words)
print(sorted(uniq), len(uniq))
print(max(counts, key=lambda k: (counts[k], k)))
