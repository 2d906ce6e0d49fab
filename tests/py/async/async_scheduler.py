class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
async def task(name, n, log):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await Yield()
    return name
def run_all(coros):
    log_done = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            log_done.append(e.value)
    return log_done
log = []
print(run_all([task('a', 3, log), task('b', 1, log), task('c', 2, log)]))
print(log)
