# asyncio.StreamWriter(stream, extra) as MicroPython's: write() hands the data to the
# stream at once when it takes it all, keeps what it does not take, and drain() writes
# that out. open_connection exists but needs sockets, which this port has not.
import asyncio


class Slow:
    # takes at most `room` bytes per write, none when room is 0
    def __init__(self, room):
        self.room = room
        self.got = b''

    def write(self, buf):
        n = min(self.room, len(buf))
        if n == 0:
            return None
        self.got += bytes(buf[:n])
        return n


async def main():
    fast = Slow(100)
    w = asyncio.StreamWriter(fast, {'peername': 'here'})
    w.write(b'abc')
    print(fast.got, w.get_extra_info('peername'))
    slow = Slow(2)
    w = asyncio.StreamWriter(slow, None)
    w.write(b'12345')
    print(slow.got)
    await w.drain()
    print(slow.got)
    stuck = Slow(0)
    w = asyncio.StreamWriter(stuck, None)
    w.write(b'xy')
    stuck.room = 1
    await w.drain()
    print(stuck.got)
    try:
        await asyncio.open_connection('localhost', 80)
    except ImportError:
        print('open_connection: ImportError')


asyncio.run(main())
