"""The pages of the viewer, as st.Page objects that pages use to link to each other."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

PAGES_DIR = Path(__file__).resolve().parent / "views"  # not "pages/": that name turns on the legacy auto-discovery


def _page(name: str, title: str, icon: str, default: bool = False) -> st.Page:
    return st.Page(PAGES_DIR / f"{name}.py", title=title, icon=icon, url_path=name, default=default)


SEARCH = _page("search", "Search", ":material/search:", default=True)
EXPLORE = _page("explore", "Explore", ":material/hub:")
ENTITY = _page("entity", "Entity", ":material/badge:")
PATHS = _page("paths", "Paths", ":material/route:")
CYPHER = _page("cypher", "Cypher", ":material/terminal:")
SOURCES = _page("sources", "Sources", ":material/library_books:")

ALL = [SEARCH, EXPLORE, ENTITY, PATHS, CYPHER, SOURCES]
