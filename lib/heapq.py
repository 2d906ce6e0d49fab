# heapq: a binary min-heap kept in a list (heap[k] <= heap[2k+1], heap[2k+2]).


def _sift_up(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap must be a list')


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    _check(heap)
    if not heap:
        raise IndexError('empty heap')
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapreplace(heap, item):
    if not heap:
        raise IndexError('empty heap')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heapify(x):
    _check(x)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, i)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]
