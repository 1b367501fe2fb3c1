from itadesk.cli import main

raise SystemExit(main())
