from pressreader.cli import main

raise SystemExit(main())
