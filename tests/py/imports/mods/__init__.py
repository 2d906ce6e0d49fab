PACKAGE_MARK = 'mods package'
