"""Exceptions of the library; the CLI turns them into messages and exit codes."""


class DigestError(Exception):
    """Base of every error `digest` raises on purpose; its message is one line for a user."""


class ConfigError(DigestError):
    """The configuration (file, environment or flags) is wrong."""


class SourceError(DigestError):
    """A source (file, feed, URL) could not be read or holds no article."""


class RenderError(DigestError):
    """A template could not be found or rendered."""


class DeliveryError(DigestError):
    """The briefing could not be written or sent."""
