"""Connection and local-server settings, from the environment and ``.env``.

With no ``NEO4J_URI`` set, soegraph talks to the Neo4j it manages itself
(``soegraph neo4j start``), reading that server's port and password from its data dir.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_PORT = 7687
DEFAULT_USER = "neo4j"


def default_data_dir() -> Path:
    return Path(user_data_dir("soegraph")) / "neo4j"


def default_cache_dir() -> Path:
    return Path(user_cache_dir("soegraph"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    neo4j_uri: str | None = Field(default=None, description="Bolt or neo4j URI of your own server")
    neo4j_username: str = Field(default=DEFAULT_USER)
    neo4j_password: SecretStr | None = Field(default=None)
    neo4j_database: str = Field(default="neo4j")

    soegraph_data_dir: Path = Field(default_factory=default_data_dir, description="local server's data dir")
    soegraph_cache_dir: Path = Field(default_factory=default_cache_dir, description="built launcher and jars list")
    soegraph_neo4j_port: int = Field(default=DEFAULT_PORT)
    soegraph_neo4j_heap: str = Field(default="1g", description="JVM heap, e.g. 512m, 2g")
    soegraph_neo4j_pagecache: str = Field(default="512m", description="page cache, e.g. 256m, 1g")

    @property
    def managed(self) -> bool:
        """True when soegraph should use the local server it manages."""
        return not self.neo4j_uri

    @cached_property
    def _local_state(self) -> dict:
        try:
            return json.loads((self.soegraph_data_dir / "server.json").read_text())
        except (OSError, ValueError):
            return {}

    @property
    def uri(self) -> str:
        if self.neo4j_uri:
            return self.neo4j_uri
        port = self._local_state.get("port", self.soegraph_neo4j_port)
        return f"bolt://127.0.0.1:{port}"

    def password(self) -> str | None:
        if self.neo4j_password is not None:
            return self.neo4j_password.get_secret_value()
        if self.managed:
            try:
                return (self.soegraph_data_dir / "password").read_text().strip()
            except OSError:
                return None
        return None

    @property
    def auth(self) -> tuple[str, str]:
        return (self.neo4j_username, self.password() or "")

    def describe(self) -> str:
        """Where we would connect, without the secret."""
        where = "local managed server" if self.managed else "configured server (NEO4J_URI)"
        return f"{self.uri} as {self.neo4j_username}, database {self.neo4j_database} ({where})"


def get_settings(**overrides) -> Settings:
    return Settings(**overrides)
