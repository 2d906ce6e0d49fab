l = list(range(10))
print(l[1:8:2], l[:], l[::], l[1:], l[:1], l[-1::-2], l[::-1][:3])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1, 2], g[1:2, ::3], g[:, 1], g[()], g[-1])
