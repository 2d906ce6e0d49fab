# Float-heavy: escape-time Mandelbrot set over a grid; count of points inside and a hash.


def mandel(width, height, max_iter):
    inside = 0
    h = 0
    for py in range(height):
        ci = 2.0 * py / height - 1.0
        for px in range(width):
            cr = 3.0 * px / width - 2.0
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == max_iter:
                inside += 1
            h = (h * 31 + i) & 0xffffffff
    return inside, h


print(mandel(480, 360, 60))
