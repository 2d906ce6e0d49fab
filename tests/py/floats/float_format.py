x = 3.14159265
print('%.2f %.0f %10.3f %-10.1f| %e %.3e %g %G' % (x, x, x, x, x, x, x, 1e-10))
print('{:.3f} {:8.2f} {:<8.1f}| {:+.2f} {:e} {:.1%}'.format(x, x, x, x, 12345.678, 0.256))
print(format(1e6, 'g'), format(1e-6, 'g'), format(123456789.0, '.3g'))
print(format(2.5, '06.1f'), format(-2.5, '06.1f'), format(0.5, '.0f'), format(1.5, '.0f'))
print('%s %r' % (0.25, 0.125), str(1.5e300), '%.1f' % 1e15)
print(f'{x:.4f} {x*2:7.2f} {1/8:g}')
