"""soegraph viewer: ``soegraph app`` runs ``streamlit run`` on this file.

Pages live in app/views/ and call app/data.py only (the Python client / read layer):
no Cypher and no driver calls in pages.
"""

from __future__ import annotations

from functools import lru_cache

import streamlit as st
from PIL import Image, ImageDraw

from soegraph.app import nav, ui


@lru_cache(maxsize=1)
def favicon() -> Image.Image:
    """Drawn here: a ':material/…:' or emoji icon would be fetched from a font CDN (the viewer is offline)."""
    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pts = [(32, 14), (12, 48), (52, 48)]
    for a, b in ((0, 1), (1, 2), (0, 2)):
        d.line([pts[a], pts[b]], fill=(38, 70, 83, 255), width=5)
    for (x, y), c in zip(pts, [(42, 111, 151), (231, 111, 81), (42, 157, 143)]):
        d.ellipse([x - 10, y - 10, x + 10, y + 10], fill=(*c, 255))
    return img


st.set_page_config(page_title="soegraph", page_icon=favicon(), layout="wide",
                   initial_sidebar_state="expanded",
                   menu_items={"About": "soegraph: a sourced knowledge graph of China's SOE governance. "
                                        "Every fact links to its sources."})

page = st.navigation(nav.ALL, position="sidebar")
st.sidebar.caption("soegraph · every fact with its sources")
ui.lang_switch()
page.run()
