# When __aenter__ raises, __aexit__ is not called and the error propagates.
class Manager:
    def __init__(self, fail):
        self.fail = fail

    async def __aenter__(self):
        print("enter")
        if self.fail:
            raise ValueError("enter failed")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False


async def use(fail):
    try:
        async with Manager(fail):
            print("body")
    except ValueError as e:
        print("caught", e)


for fail in (False, True):
    c = use(fail)
    try:
        c.send(None)
    except StopIteration:
        print("done")
