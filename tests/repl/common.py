"""Shared set-up for the REPL tests: which binary to drive, and skipping without one."""
import os
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
PYVGL = os.path.abspath(os.environ.get('PYVGL', os.path.join(ROOT, 'build', 'pyvgl')))


def needs_pyvgl(cls):
    if not os.access(PYVGL, os.X_OK):
        return unittest.skip('no interpreter at %s (set PYVGL=...)' % PYVGL)(cls)
    return cls
