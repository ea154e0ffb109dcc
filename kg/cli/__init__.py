"""Command-line interface (Typer + Rich). Thin: parses arguments, calls the library, prints."""


def main() -> None:
    raise SystemExit("kg: CLI not wired yet")
