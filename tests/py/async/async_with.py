log = []
class ACM:
    async def __aenter__(self):
        log.append('enter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        log.append('exit ' + (et.__name__ if et else 'ok'))
        return True
async def use():
    async with ACM() as r:
        log.append('using ' + r)
    async with ACM():
        raise ValueError
    return 'finished'
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(use()), log)
