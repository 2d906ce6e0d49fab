# Dict and list heavy: word counting, grouping, sorting, list slicing and comprehension work.


def make_words(n, seed):
    syll = ['ka', 'lo', 'mi', 'ne', 'po', 'ru', 'si', 'ta']
    words = []
    x = 12345 + seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        h = x >> 12
        w = syll[h % 8] + syll[(h >> 3) % 8] + syll[(h >> 6) % 8][: 1 + (h >> 9) % 2]
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return {k: len(v) for k, v in groups.items()}


# rounds of 50000 words keep the live data well inside an 8 MB interpreter heap
counts = {}
groups = {}
for r in range(16):
    words = make_words(50000, r)
    for w, c in count(words).items():
        counts[w] = counts.get(w, 0) + c
    for k, c in group_by_first(words).items():
        groups[k] = groups.get(k, 0) + c
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
lst = list(range(50000))
for i in range(60):
    lst = lst[1:] + lst[:1]
    lst[i] = -lst[i]
squares = [v * v for v in lst if v % 3]
inv = {v: k for k, v in counts.items()}
print(len(counts), top, sorted(groups.items()), sum(squares) % 1000003, len(inv))
