from pressreader.cli import entry

entry()
