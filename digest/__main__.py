"""Run `digest` as `python -m digest`."""

from digest.cli import main

if __name__ == "__main__":  # not when a worker process imports it
    raise SystemExit(main())
