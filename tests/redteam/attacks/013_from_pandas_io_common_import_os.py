# attack: `from pandas.io.common import os` - the import statement names only an allowed package
# expect: rejected denied error
# check: canary
from pandas.io.common import os as _files

_files.unlink("{CANARY_DIR}/keep.txt")
