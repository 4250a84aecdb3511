"""Click commands, one module per area; ``cli.py`` at the repository root assembles them.

Commands only parse arguments, call one library function and print the result. Nothing in
``vault`` outside this package imports click.
"""
