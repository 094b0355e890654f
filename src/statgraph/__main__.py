from statgraph.cli import main

main()
