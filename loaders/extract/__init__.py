"""Offline, deterministic, rule-based extraction of entities and relations from documents.

    from soegraph.loaders.readers import iter_documents
    from soegraph.loaders.extract import Gazetteer, extract

    gaz = Gazetteer.default()                 # registries + core organs
    for doc in iter_documents(["corpus/"]):
        print(extract(doc, gaz).to_json_dict())
"""

from soegraph.loaders.extract.gazetteer import CORE_ENTITIES, Gazetteer
from soegraph.loaders.extract.pipeline import extract

__all__ = ["extract", "Gazetteer", "CORE_ENTITIES"]
