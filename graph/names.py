"""Name normalisation shared by the writer, the read side, resolution and evaluation."""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize_name(text: str) -> str:
    """Case-, space- and punctuation-insensitive key for a name.

    >>> normalize_name("China Mobile Communications Group Co., Ltd.")
    'chinamobilecommunicationsgroupcoltd'
    >>> normalize_name(" 国务院 国资委 ") == normalize_name("国务院·国资委")
    True
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", text).casefold())
