# A scheduled callback that schedules itself again runs once per pass of the scheduler,
# not in a loop of its own: the program keeps running in between.
import micropython

state = {'runs': 0, 'program': 0, 'interleaved': False}


def again(arg):
    state['runs'] += 1
    if state['program'] > 0:
        state['interleaved'] = True
    if state['runs'] < 50:
        micropython.schedule(again, arg)


micropython.schedule(again, None)
i = 0
while state['runs'] < 50 and i < 200000:
    state['program'] += 1
    i += 1
print(state['runs'], state['interleaved'], state['program'] >= 49)
