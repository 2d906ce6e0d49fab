log = []
class CM:
    def __enter__(self):
        log.append('enter')
    def __exit__(self, *a):
        log.append('exit')
def f():
    with CM():
        return 'r'
print(f(), log)
log.clear()
for i in range(3):
    with CM():
        if i == 1:
            break
print(log)
log.clear()
for i in range(2):
    with CM():
        continue
print(log)
