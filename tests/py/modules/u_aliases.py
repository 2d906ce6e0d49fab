import ujson, utime, ustruct, ubinascii, uerrno, uheapq, uhashlib, urandom, ure, uio, uos, ucollections, uarray, uselect
print(ujson.dumps([1, 2]), ustruct.pack('<H', 1), ubinascii.hexlify(b'\x01'))
print(uerrno.ENOENT, callable(utime.ticks_ms), callable(uhashlib.sha256), callable(urandom.getrandbits))
print(ure.match('a', 'a') is not None, uio.StringIO('x').read(), callable(uos.listdir))
print(ucollections.OrderedDict is not None, uarray.array('b', [1]), callable(uselect.poll))
