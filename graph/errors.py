"""One root exception for soegraph; only the CLI turns these into exit codes."""


class SoegraphError(Exception):
    """Root of every error soegraph raises on purpose. ``str(err)`` is a one-line message for users."""


class ConfigError(SoegraphError):
    """Settings, Java, Maven or the data directory are not usable."""


class ServerError(SoegraphError):
    """The managed local Neo4j could not be started, stopped or reached."""


class ConnectionFailed(SoegraphError):
    """A Neo4j server could not be reached or refused our credentials."""


class ValidationFailed(SoegraphError):
    """Input (a registry row, a document, a snapshot) breaks the ontology; names the source and row."""


class NotFound(SoegraphError):
    """An entity or saved query does not exist; the message lists close matches."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []


class ReadOnlyViolation(SoegraphError):
    """A write was attempted through a read-only path (viewer console, client query)."""


class DocumentError(SoegraphError):
    """A document could not be read or extracted; names the file and the reason."""
