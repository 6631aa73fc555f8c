"""The command line speaks Vietnamese in argparse's own words too: `kh130 --help`, every
subcommand's --help, and argparse's errors (a missing argument, a wrong choice, a word it does
not know, a number that is not one) carry none of argparse's English."""

from __future__ import annotations

import argparse
import gettext
import re

import pytest

from kh130_desktop import cli

# argparse's own English (Python 3.11), as a user would see it in help or in an error.
ENGLISH = ("usage", "options", "positional arguments", "optional arguments", "show this help", "message and exit",
           "error:", "the following arguments", "are required", "invalid choice", "choose from", "unrecognized",
           "expected one argument", "invalid int value", "program's version", "subcommands")


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*prefix, name))
    return found


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stop:
        cli.run(argv)
    out = capsys.readouterr()
    return stop.value.code, out.out + out.err


def _no_english(text: str, where) -> None:
    for word in ENGLISH:
        assert word not in text.lower(), (where, word, text)


def test_every_help_is_in_vietnamese(capsys):
    commands = _commands(cli.build_parser())
    assert ("pdf",) in commands and ("keys", "trust") in commands and len(commands) > 20
    for command in commands:
        status, text = _run(capsys, [*command, "--help"])
        assert status == 0 and text.startswith("cách dùng: kh130"), (command, text)
        assert "-h, --help" in text and "hiện hướng dẫn này rồi thoát" in text and "tùy chọn:" in text
        _no_english(text, command)
    _, top = _run(capsys, ["--help"])
    assert "tham số theo vị trí:" in top and "in số phiên bản rồi thoát" in top and "--data-dir THƯ_MỤC" in top
    _, pdf = _run(capsys, ["pdf", "--help"])
    assert "--period KỲ" in pdf and "-o TỆP" in pdf
    assert not re.search(r"\b(DATA_DIR|PERIOD|OUTPUT|SESSION|MEMBER|FINGERPRINT|REASON|NAME|PLACE|SIGNER|TOPIC)\b", top + pdf)


@pytest.mark.parametrize("argv, says", [
    (["pdf", "consolidated"], "thiếu tham số bắt buộc: -o/--output"),
    (["bogus"], "lựa chọn không có: 'bogus'"),
    (["pdf", "thu-moi", "-o", "x.pdf"], "lựa chọn không có: 'thu-moi'"),
    (["demo", "--no-such-thing"], "không hiểu các tham số: --no-such-thing"),
    (["pdf", "minutes", "-o", "x.pdf", "--session", "ba"], "giá trị không hợp lệ (int): 'ba'"),
    (["pdf", "minutes", "--output"], "cần một giá trị"),
])
def test_argparse_errors_are_in_vietnamese(capsys, argv, says):
    status, text = _run(capsys, argv)
    assert status == cli.EXIT_USAGE
    assert text.startswith("cách dùng: kh130") and "lỗi: " in text and says in text, text
    _no_english(text, argv)


def test_other_parsers_in_the_process_keep_argparse_as_it_was(capsys):
    cli.build_parser().format_help()
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    plain = argparse.ArgumentParser(prog="other")
    assert "usage: other" in plain.format_help() and "show this help message and exit" in plain.format_help()
