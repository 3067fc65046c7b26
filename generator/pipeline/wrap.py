"""Keeps generated Python within the line length ruff enforces: docstrings wrapped where they
stand, long string literals split into adjacent literals that ruff then lays out one per line."""

from __future__ import annotations

import io
import re
import textwrap
import tokenize
import unicodedata

LINE_LENGTH = 100


def fit(code: str) -> str:
    """`code` (Python source, before ruff formats it) with every docstring in one style and within
    LINE_LENGTH counting its indentation, and every string literal too long for a line of its own
    split at spaces. Only a single word longer than a line (a URL) is left longer."""
    edits = _scanned_edits(code)
    if edits is None:
        edits = _token_edits(code)
    pieces, done = [], 0
    for begin, end, new in edits:  # in order, joined once: slicing per edit is quadratic
        pieces += [code[done:begin], new]
        done = end
    return "".join([*pieces, code[done:]])


def _edit(
    literal: str, docstring_column: int | None, indent: int, depth: int, keyword: int | None
) -> str:
    """The new text of an unprefixed string literal: a docstring (starting at
    `docstring_column`) re-laid; a keyword argument's value (`keyword`: the width of its
    `name=`) split as ruff lays its pieces out, one level below the statement per open bracket,
    the first after `name=`; any other literal split to fit where ruff will put it if it needs
    a line of its own (one level below the statement per open bracket, plus the parentheses it
    adds around a long value)."""
    if docstring_column is not None:
        return docstring(literal, docstring_column)
    if keyword is not None:
        return split_string(literal, indent + 4 * depth, first=keyword)
    return split_string(literal, indent + 4 * (depth + 1))


def _token_edits(code: str) -> list[tuple[int, int, str]]:
    """The edits `fit` makes, found with the standard tokenizer: the reference, and the way
    for source `_scanned_edits` declines."""
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    starts = [0]
    for line in code.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    depth, indents = 0, [0]
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.INDENT:
            indents.append(len(tok.string))
        elif tok.type == tokenize.DEDENT:
            indents.pop()
        elif tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
        if tok.type != tokenize.STRING or tok.string[0] not in "\"'":  # no f-, r- or b-strings
            continue
        at = tok.start[1] if _is_docstring(tokens, i) else None
        # A keyword argument's value (`Field(description=...)`): its `name=`'s width, else None.
        keyword = len(tokens[i - 2].string) + 1 if depth and _keyword(tokens, i) else None
        new = _edit(tok.string, at, indents[-1], depth, keyword)
        if new != tok.string:
            begin = starts[tok.start[0] - 1] + tok.start[1]
            end = starts[tok.end[0] - 1] + tok.end[1]
            edits.append((begin, end, new))
    return edits


# What `_scanned_edits` looks at: string literals (their prefix is read backwards), comments,
# brackets and line ends; each match first skips the characters that start none of them, in C.
# The literals' bodies are unrolled loops (runs of plain characters), as the tokenizer's own
# patterns are. A backslash outside a literal or a quote that starts none makes it decline.
_SCAN = re.compile(
    r"""[^'"#()\[\]{}\n\\]*+(?:"""
    + r"""(?P<string>'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"""
    + r'''|"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'''
    + r"""|'[^'\\\n]*(?:\\.[^'\\\n]*)*'|"[^"\\\n]*(?:\\.[^"\\\n]*)*")"""
    + r"|(?P<comment>#[^\n]*)|(?P<open>[(\[{])|(?P<close>[)\]}])|(?P<newline>\n)"
    + r"""|(?P<decline>[\\'"]))""",
    re.DOTALL,
)
_PREFIXES = {"r", "u", "f", "b", "br", "rb", "fr", "rf"}  # in any case, as the tokenizer takes them
_INDENTATION = re.compile(r"[ ]*")


def _scanned_edits(code: str) -> list[tuple[int, int, str]] | None:
    """The edits of `_token_edits`, found several times faster by one regular expression over
    the literals, brackets and line ends (Python 3.11's pure-Python tokenizer was most of the
    time a full build spent rendering); None for source it does not cover exactly: tabs, form
    feeds, carriage returns, backslash continuations, a quote glued to a name."""
    if "\t" in code or "\r" in code or "\f" in code:
        return None
    edits: list[tuple[int, int, str]] = []
    depth = 0
    line_start = 0  # of the current physical line
    statement_start = 0  # of the physical line the current logical line began on
    new_statement = True  # the current physical line begins a logical line
    for match in _SCAN.finditer(code):
        kind = match.lastgroup
        if kind == "newline":
            line_start = match.end()
            new_statement = depth <= 0
            if new_statement:
                statement_start = line_start
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "string":
            begin, end = match.span(kind)
            if begin and _is_word_char(code[begin - 1]):
                prefix = code[_word_start(code, line_start, begin) : begin]
                if prefix.lower() not in _PREFIXES:
                    return None
                continue  # f-, r-, b- and u-strings are left as they are
            literal = code[begin:end]
            at = None
            if new_statement and not code[line_start:begin].strip(" "):
                rest = code.find("\n", end)
                if not code[end : len(code) if rest < 0 else rest].strip(" "):
                    at = begin - line_start
            indentation = _INDENTATION.match(code, statement_start)  # matches anywhere
            assert indentation is not None
            indent = indentation.end() - statement_start
            keyword = None
            if depth:
                keyword = _keyword_before(code, line_start, begin)
            new = _edit(literal, at, indent, depth, keyword)
            if new != literal:
                edits.append((begin, end, new))
        elif kind == "decline":
            return None
    return edits


# The two helpers below read backwards from a literal, character by character: a regular
# expression anchored at the literal (`\w*$`) is tried from every position of the line before
# it, which made long lines (a model field's `Field(..., description=...)`) quadratic.


def _is_word_char(char: str) -> bool:
    """What a regular expression's word class (backslash-w) matches in a str pattern."""
    return char.isalnum() or char == "_"


def _word_start(code: str, line_start: int, end: int) -> int:
    """Where the run of word characters ending at `end` begins (not before `line_start`)."""
    start = end
    while start > line_start and _is_word_char(code[start - 1]):
        start -= 1
    return start


def _keyword_before(code: str, line_start: int, begin: int) -> int | None:
    """The width of `name=` when a keyword argument's name and `=` (spaces around it allowed)
    end right before the literal at `begin`, as `_keyword` sees tokens (a NAME, then `=`)."""
    end = begin
    while end > line_start and code[end - 1] == " ":
        end -= 1
    if end == line_start or code[end - 1] != "=":
        return None
    end -= 1
    while end > line_start and code[end - 1] == " ":
        end -= 1
    start = _word_start(code, line_start, end)
    if start == end or code[start].isdecimal():
        return None
    return end - start + 1


def _is_docstring(tokens: list[tokenize.TokenInfo], i: int) -> bool:
    """A string that is a whole statement: a module, class, function or attribute docstring."""
    skip = (tokenize.NL, tokenize.COMMENT)
    # Walk back by index: copying tokens[:i] for every string made fit() quadratic.
    before = next((tokens[j] for j in range(i - 1, -1, -1) if tokens[j].type not in skip), None)
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    starts_statement = before is None or before.type in (
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENCODING,
    )
    return starts_statement and after is not None and after.type == tokenize.NEWLINE


def _keyword(tokens: list[tokenize.TokenInfo], i: int) -> bool:
    """A string right after `name=`."""
    return (
        i >= 2
        and tokens[i - 1].type == tokenize.OP
        and tokens[i - 1].string == "="
        and tokens[i - 2].type == tokenize.NAME
    )


def docstring(literal: str, column: int) -> str:
    """A triple-quoted docstring starting at `column`, re-laid: on one line with its quotes when
    it fits, else the text starts after the opening quotes, each line too long is wrapped at its
    own indentation, and the closing quotes stand on their own line."""
    quote = literal[:3]
    if quote not in ('"""', "'''") or len(literal) < 6:
        return literal
    lines = literal[3:-3].split("\n")
    rest = [line.rstrip() for line in lines[1:]]
    margin = min((len(x) - len(x.lstrip()) for x in rest if x), default=0)
    content = [lines[0].strip(), *(x[margin:] for x in rest)]
    while content and not content[0]:
        content.pop(0)
    while content and not content[-1]:
        content.pop()
    if not content:
        return literal
    out: list[str] = []
    for n, line in enumerate(content):
        # The first line follows the opening quotes; a lone line also carries the closing ones,
        # which ruff joins to it whatever the length.
        quotes = (2 if len(content) == 1 else 1) * len(quote) if n == 0 else 0
        width = LINE_LENGTH - column - quotes
        if len(line) <= width:
            out.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        out += textwrap.wrap(
            line.strip(),
            width,
            initial_indent=lead,
            subsequent_indent=lead,
            break_long_words=False,
            break_on_hyphens=False,
        )
    if len(out) == 1 and not out[0].endswith(quote[0]):
        return quote + out[0] + quote
    pad = " " * column
    body = "".join(f"\n{pad}{line}" if line else "\n" for line in out[1:])
    return f"{quote}{out[0]}{body}\n{pad}{quote}"


def display_width(text: str) -> int:
    """The columns `text` takes, as ruff counts a line's length: a wide (East Asian) character
    takes two."""
    if text.isascii():  # no ASCII character is wide; most text is ASCII, and this is C
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def split_string(literal: str, column: int, *, first: int = 0) -> str:
    """A one-line string literal too long to fit from `column` split after spaces into adjacent
    literals (`"a long " "text"`), each fitting from `column`; ruff puts one per line. `first`:
    the columns the first line spends before its literal (a keyword argument's `name=`). A word
    wider than a line is cut before a non-ASCII character (text without spaces, such as Chinese)
    or, when it has none (a URL), left whole."""
    fits = column + first + display_width(literal) + 1 <= LINE_LENGTH
    if literal[:3] in ('"""', "'''") or fits:
        return literal
    quote, body = literal[0], literal[1:-1]
    width = LINE_LENGTH - column - 3  # the two quotes and a comma or closing bracket
    chunks: list[str] = []
    for word in _words(body, width - first):
        for piece in _pieces(word, width - first if len(chunks) <= 1 else width):
            room = width - first if len(chunks) == 1 else width
            if chunks and display_width(chunks[-1]) + display_width(piece) <= room:
                chunks[-1] += piece
            else:
                chunks.append(piece)
    if len(chunks) < 2:
        return literal
    return " ".join(quote + chunk + quote for chunk in chunks)


def _words(text: str, width: int) -> list[str]:
    """`text` as words with the spaces after them; a word wider than `width` (a URL) without
    them, so that its literal is one word, which ruff lets run past the line."""
    words: list[str] = []
    for word in re.findall(r"\s+|\S+\s*", text):
        bare = word.rstrip()
        words += (
            [bare, word[len(bare) :]]
            if bare and bare != word and display_width(bare) > width
            else [word]
        )
    return words


def _pieces(word: str, width: int) -> list[str]:
    """`word` cut into pieces at most `width` wide, only before non-ASCII characters (never
    inside an escape sequence)."""
    pieces = [""]
    for char in word:
        if not char.isascii() and pieces[-1] and display_width(pieces[-1] + char) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces
