class Base:
    x = 'class'
class Obj(Base):
    def __init__(self):
        self.y = 'instance'
    def __getattr__(self, n):
        return 'fallback ' + n
o = Obj()
print(o.x, o.y, o.z)
o.x = 'shadowed'
print(o.x, Base.x)
