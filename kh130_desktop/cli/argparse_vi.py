"""argparse's own words in Vietnamese: "usage:", "options:", "-h" 's help, and its errors.

argparse looks its words up through the module globals `_` and `ngettext` (gettext) each time
it builds a parser, formats help or reports an error. `vietnamese()` puts a lookup in this
catalogue there for as long as one of our parsers works (cli.Parser wraps each of those
methods in it), then puts gettext back: nothing else in the process (pytest's own options,
take.py) changes language. The messages are those of Python 3.11's argparse.py; one that is not
here stays as argparse writes it.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

# argparse's msgid -> the Vietnamese shown instead. Vietnamese has no plural: ngettext's two
# forms share one entry each.
MESSAGES = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số theo vị trí",
    "options": "tùy chọn",
    "subcommands": "lệnh con",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không có: %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ (%(type)s): %(value)r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn chưa rõ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị %r",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%r is not callable": "%r không gọi được",
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message) if isinstance(message, str) else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def vietnamese() -> Iterator[None]:
    """argparse speaks Vietnamese inside; what it used before is put back after (nesting is fine)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def in_vietnamese(method):
    """A parser method that runs with argparse's words in Vietnamese."""

    def wrapped(*args, **kwargs):
        with vietnamese():
            return method(*args, **kwargs)

    wrapped.__name__, wrapped.__doc__ = method.__name__, method.__doc__
    return wrapped


class VietnameseParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (built, parsing, help, errors) are Vietnamese."""

    __init__ = in_vietnamese(argparse.ArgumentParser.__init__)
    add_subparsers = in_vietnamese(argparse.ArgumentParser.add_subparsers)
    parse_args = in_vietnamese(argparse.ArgumentParser.parse_args)
    parse_known_args = in_vietnamese(argparse.ArgumentParser.parse_known_args)
    format_usage = in_vietnamese(argparse.ArgumentParser.format_usage)
    format_help = in_vietnamese(argparse.ArgumentParser.format_help)

    def add_argument(self, *args, **kwargs):
        if kwargs.get("action") == "version":  # its help is a plain English default, not a gettext message
            kwargs.setdefault("help", "in số phiên bản rồi thoát")
        with vietnamese():
            return super().add_argument(*args, **kwargs)
