log = []
class Base:
    def hello(self):
        log.append('Base')
class L(Base):
    def hello(self):
        log.append('L')
        super().hello()
class R(Base):
    def hello(self):
        log.append('R')
        super().hello()
class Both(L, R):
    def hello(self):
        log.append('Both')
        super().hello()
Both().hello()
print(log)
