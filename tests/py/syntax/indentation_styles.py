if True:
 print('one space')
if True:
        print('eight spaces')
def f():
	return 'tab'
print(f())
for i in range(2):
    if i:
            print('deep', i)
    else:
      print('shallow', i)
class C:
  def m(self):
      return 'mixed widths per block'
print(C().m())
