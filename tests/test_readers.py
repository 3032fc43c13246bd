"""Readers on real files made in tmp_path: formats, encodings, sidecars and every kind of bad input."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from soegraph.errors import DocumentError
from soegraph.loaders.readers import MAX_BYTES, ReadDoc, detect_language, iter_documents, read_document, to_simplified

ROOT = Path(__file__).resolve().parents[1]
ZH = "国务院国资委主任张毅在重庆会见了市委书记。中国物流集团有限公司正式成立。"
ZH_T = "國務院國資委主任張毅在重慶會見了市委書記。"
EN = "Zhang Yuzhuo, Party Secretary and Director of SASAC, attended the opening ceremony."


def make_pdf(text: str) -> bytes:
    """A minimal one-page PDF with a text layer (Helvetica), with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def read_one(path: Path) -> ReadDoc:
    (item,) = list(iter_documents([path]))
    assert isinstance(item, ReadDoc), item
    return item


def error_of(path: Path) -> str:
    (item,) = list(iter_documents([path]))
    assert isinstance(item, DocumentError), item
    msg = str(item)
    assert "\n" not in msg and msg.startswith(str(path) + ": ")
    return msg


# --- formats ------------------------------------------------------------------------------------

def test_txt_with_sidecar(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"url": "https://example.org/a", "title": "A title", "date": "2024-10-24", "language": "en"}))
    d = read_one(p)
    assert d.text == EN
    assert d.document.id == "sha256:" + hashlib.sha256(EN.encode()).hexdigest()
    assert (d.document.title, d.document.url, d.document.date, d.document.language) == (
        "A title", "https://example.org/a", "2024-10-24", "en")


def test_markdown_and_language(tmp_path):
    p = tmp_path / "b.md"
    p.write_text("# 标题\n\n" + ZH, encoding="utf-8")
    d = read_one(p)
    assert d.document.language == "zh" and d.document.title == "标题"
    assert detect_language(EN) == "en"
    assert detect_language(EN + " " + ZH * 2) == "mixed"


def test_html_main_text_without_scripts(tmp_path):
    p = tmp_path / "c.html"
    p.write_text(
        "<html><head><title>SASAC news</title><script>var x='SECRET SCRIPT TEXT';</script>"
        "<style>p{color:red}</style></head><body><nav>menu</nav><article><h1>SASAC news</h1>"
        f"<p>{EN}</p><p>{EN}</p></article><script>alert('SECRET SCRIPT TEXT')</script></body></html>",
        encoding="utf-8",
    )
    d = read_one(p)
    assert "Zhang Yuzhuo" in d.text and "SECRET" not in d.text
    assert d.document.title == "SASAC news"


def test_pdf_text_layer(tmp_path):
    p = tmp_path / "d.pdf"
    p.write_bytes(make_pdf("SASAC supervises China Mobile."))
    d = read_one(p)
    assert "SASAC supervises China Mobile." in d.text


def test_folder_is_read_recursively_and_other_kinds_are_skipped(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(EN)
    (tmp_path / "y.htm").write_text(f"<html><body><p>{EN}</p></body></html>")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "x.meta.json").write_text("{}")
    notes: list[str] = []
    items = list(iter_documents([tmp_path], on_skip=notes.append))
    assert all(isinstance(i, ReadDoc) for i in items) and len(items) == 2
    assert len(notes) == 1 and "image.png" in notes[0] and "skipped" in notes[0]


# --- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""), ("gb18030", b""), ("gbk", b""),
])
def test_simplified_encodings(tmp_path, encoding, bom):
    p = tmp_path / "zh.txt"
    p.write_bytes(bom + ZH.encode(encoding))
    assert read_one(p).text == ZH


def test_big5_traditional_offsets(tmp_path):
    p = tmp_path / "big5.txt"
    p.write_bytes(ZH_T.encode("big5"))
    d = read_one(p)
    assert d.text == ZH_T
    assert len(d.match_text) == len(d.text)
    assert d.match_text.startswith("国务院国资委主任张毅在重庆会见")
    # every position in one is the same position in the other
    for i, (a, b) in enumerate(zip(d.text, d.match_text)):
        assert to_simplified(a) == b, i


# --- bad input: one line naming the file and the reason, and the rest goes on -----------------

def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty" in error_of(p)


def test_binary_file(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(bytes(range(256)) * 40)
    assert "binary" in error_of(p)


def test_truncated_pdf(tmp_path):
    p = tmp_path / "cut.pdf"
    p.write_bytes(make_pdf("SASAC supervises China Mobile.")[:300])
    assert "PDF" in error_of(p)


def test_not_really_a_pdf(tmp_path):
    p = tmp_path / "fake.pdf"
    p.write_bytes(b"hello, this is text")
    assert "not a PDF" in error_of(p)


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(bytes([0x81, 0x30, 0xFF, 0xFE, 0xFA, 0x9F]) * 50 + b"\x80\xff" * 100)
    msg = error_of(p)
    assert "undecodable" in msg or "binary" in msg


def test_huge_file(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no 50 MB written to disk
    assert "too large" in error_of(p)


def test_dangling_symlink(tmp_path):
    p = tmp_path / "link.txt"
    os.symlink(tmp_path / "nowhere.txt", p)
    assert "dangling symlink" in error_of(p)
    # inside a folder too
    items = list(iter_documents([tmp_path]))
    assert len(items) == 1 and "dangling symlink" in str(items[0])


def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(EN)
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        assert "unreadable" in error_of(p)
    finally:
        p.chmod(0o644)


def test_bad_files_do_not_stop_the_rest(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_good.txt").write_text(EN)
    (tmp_path / "c_cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj")
    items = list(iter_documents([tmp_path]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["DocumentError", "ReadDoc", "DocumentError"]


def test_missing_path():
    (item,) = list(iter_documents(["/no/such/path.txt"]))
    assert isinstance(item, DocumentError) and "no such file" in str(item)


def test_sample_corpus_reads_cleanly():
    items = list(iter_documents([ROOT / "samples" / "corpus"]))
    assert len(items) >= 6 and all(isinstance(i, ReadDoc) for i in items)
    langs = {i.document.language for i in items}
    assert {"en", "zh"} <= langs
    assert all(i.document.url for i in items)


def test_folder_reads_match_single_file_reads(tmp_path):
    """Files read from a folder listing (sidecars looked up in the listing) equal files read one by one."""
    import json as _json

    (tmp_path / "a.txt").write_text("Title A\n\nbody", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(_json.dumps({"title": "Sidecar A", "date": "2024-01-02"}), encoding="utf-8")
    (tmp_path / "b.TXT").write_text("\n\n# Title B\nbody", encoding="utf-8")
    (tmp_path / "b.TXT.meta.json").write_text(_json.dumps({"language": "zh"}), encoding="utf-8")
    (tmp_path / "c.v1.md").write_text(("x" * 5000) + "\nsecond line", encoding="utf-8")
    (tmp_path / "d.meta.json").mkdir()  # a folder named like a sidecar is no sidecar
    (tmp_path / "d.txt").write_text("\n" * 5000 + "late title", encoding="utf-8")
    (tmp_path / "e.").write_text("no suffix", encoding="utf-8")
    skipped: list[str] = []
    got = {d.document.path: d.document for d in iter_documents([tmp_path], on_skip=skipped.append)}
    want = {str(p): read_document(p).document for p in sorted(tmp_path.iterdir())
            if p.is_file() and p.suffix.lower() in (".txt", ".md")}
    assert got == want
    assert got[str(tmp_path / "a.txt")].title == "Sidecar A"
    assert got[str(tmp_path / "b.TXT")].language == "zh" and got[str(tmp_path / "b.TXT")].title == "Title B"
    assert got[str(tmp_path / "c.v1.md")].title == "x" * 200
    assert got[str(tmp_path / "d.txt")].title == "late title"
    assert any("e.: not a supported kind (no extension)" in s for s in skipped)
