# json.dumps/dump(default=f): f is called with each object json cannot write itself and
# its result is written in its place (nested, too); what f raises comes through, and a
# default that is not callable is a TypeError.
import io
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def as_list(obj):
    if isinstance(obj, Point):
        return [obj.x, obj.y]
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError('cannot encode ' + type(obj).__name__)


print(json.dumps(Point(1, 2), default=as_list))
print(json.dumps({'pts': [Point(3, 4), {5, 4}]}, default=as_list))
s = io.StringIO()
json.dump([Point(0, 0)], s, default=as_list)
print(s.getvalue())
print(json.dumps([1, 'a'], default=as_list))
for bad in (object(), Point(1, 1)):
    try:
        print(json.dumps(bad, default=as_list if type(bad) is object else 7))
    except TypeError:
        print('TypeError')
print(json.dumps(None, default=None))
