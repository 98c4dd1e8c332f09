"""The shipped coverage file is the bundled font's own character map, generated again here and compared.

`letters.glyphs` reads which characters a letter may hold from `wqy-microhei.coverage`, not from the
font; if the font changed and the file did not, letters would be refused or print blanks.
"""

from __future__ import annotations

import pytest

from debtdesk.letters import glyphs
from debtdesk.letters.font_coverage import coverage_text, covered_code_points, parse_coverage
from debtdesk.tools import font_coverage


def test_the_shipped_file_is_generated_from_the_bundled_font():
    from_font = font_coverage.font_code_points()
    assert covered_code_points() == from_font
    assert font_coverage.coverage_path().read_text(encoding="ascii") == coverage_text(from_font)
    assert font_coverage.main(["--check"]) == 0


def test_the_file_is_small_and_covers_what_letters_hold():
    text = font_coverage.coverage_path().read_text(encoding="ascii")
    assert len(text) < 8000
    covered = covered_code_points()
    assert all(ord(ch) in covered for ch in "致：中国建设银行 Bank ΑΩ Жж かな 한글 ¥€")
    assert not {ord(ch) for ch in "م😀א"} & covered


def test_checking_a_letter_does_not_parse_the_font(monkeypatch):
    """The dialog's check reads the file: reportlab's TrueType parser is never asked."""
    from reportlab.pdfbase import ttfonts

    monkeypatch.setattr(ttfonts.TTFontFile, "__init__", lambda *a, **k: pytest.fail("the font was parsed"))
    covered_code_points.cache_clear()
    try:
        assert glyphs.missing_characters("致：招商银行 and مرحبا") == "مرحبا"
    finally:
        covered_code_points.cache_clear()


@pytest.mark.parametrize("line", ["4E00-XYZ", "110000", "9FA5-4E00"])
def test_a_damaged_file_is_refused_naming_the_line(line):
    with pytest.raises(ValueError, match="font coverage line 2"):
        parse_coverage("# header\n" + line + "\n")


def test_ranges_round_trip():
    codes = {0, 0x20, 0x21, 0x22, 0x100, 0x4E00, 0x4E01, 0x10FFFF}
    assert parse_coverage(coverage_text(codes)) == codes
    assert coverage_text(codes).splitlines()[2:] == ["0", "20-22", "100", "4E00-4E01", "10FFFF"]


def test_check_says_when_the_file_does_not_match(monkeypatch, tmp_path, capsys):
    stale = tmp_path / "stale.coverage"
    stale.write_text(coverage_text({0x41}), encoding="ascii")
    monkeypatch.setattr(font_coverage, "coverage_path", lambda: stale)
    assert font_coverage.main(["--check"]) == 1
    assert "does not match the font" in capsys.readouterr().err
    assert font_coverage.main([]) == 0
    assert parse_coverage(stale.read_text(encoding="ascii")) == font_coverage.font_code_points()
