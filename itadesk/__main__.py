import gc

gc.disable()  # before the imports: a command runs without the cyclic collector (see cli.main)
from itadesk.cli import entry  # noqa: E402

entry()
