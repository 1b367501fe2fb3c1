from itadesk.cli import entry

entry()
