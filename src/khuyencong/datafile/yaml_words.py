"""PyYAML's problem text in the language in use.

PyYAML writes its problems in English from a fixed set of phrases ("while parsing a block
mapping", "could not find expected ':'"). Those a person writing a data file by hand meets
are in the catalog; the quoted pieces in them (the character found, the token expected)
are kept as PyYAML wrote them. A phrase not listed stays English.
"""

import re

from ..core.i18n import N_, _, language

#: (PyYAML's phrase as a pattern, the message that says it; its {fields} are the groups)
PHRASES = (
    (r"while scanning a simple key", N_("while reading a key")),
    (r"while scanning a quoted scalar", N_("while reading a quoted text")),
    (r"while scanning a double-quoted scalar", N_("while reading a quoted text")),
    (r"while scanning a block scalar", N_("while reading a block of text")),
    (r"while scanning an? (?P<what>anchor|alias)", N_("while reading an anchor or alias")),
    (r"while scanning a tag", N_("while reading a tag")),
    (r"while scanning for the next token", N_("while reading the next item")),
    (r"while parsing a block mapping", N_("in a block of keys")),
    (r"while parsing a flow mapping", N_("in a {…} of keys")),
    (r"while parsing a block collection", N_("in a list")),
    (r"while parsing a flow sequence", N_("in a […] list")),
    (r"while parsing a (?:block |flow )?node", N_("while reading a value")),
    (r"while constructing a mapping", N_("in a block of keys")),
    (
        r"mapping values are not allowed (?:here|in this context)",
        N_("a ':' where no key can begin"),
    ),
    (r"could not find expected ':'", N_("a key without its ':'")),
    (r"did not find expected key", N_("a line where a key was expected")),
    (r"did not find expected node content", N_("no value where one was expected")),
    (r"did not find expected '-' indicator", N_("a line where a list item '-' was expected")),
    (
        r"did not find expected (?P<what>'.' or '.')",
        N_("the list or block is not closed: expected {what}"),
    ),
    (
        r"expected <block end>, but found '?(?P<what><[a-z ]+>)'?",
        N_("the indentation does not match the lines before (found {what})"),
    ),
    (r"expected the node content, but found (?P<what>'.*?')", N_("no value before {what}")),
    (
        r"found character (?P<what>'.*?') that cannot start any token",
        N_("{what} cannot begin a value (put the value in quotes)"),
    ),
    (  # libyaml's words for it
        r"found character that cannot start any token",
        N_("a character that cannot begin a value (put the value in quotes)"),
    ),
    (r"found unknown escape character (?P<what>'.*?')", N_("an unknown escape {what}")),
    (r"found unexpected end of stream", N_("the file ends before the quote is closed")),
    (r"found undefined alias (?P<what>'.*?')", N_("an alias {what} no anchor names")),
    (r"found duplicate anchor (?P<what>'.*?'); first occurrence", N_("the anchor {what} twice")),
    (r"second occurrence", N_("then again")),
    (
        r"sequence entries are not allowed (?:here|in this context)",
        N_("a list item '-' where none can begin"),
    ),
    (
        r"mapping keys are not allowed (?:here|in this context)",
        N_("a key '?' where none can begin"),
    ),
    (r"expected a single document in the stream", N_("more than one document ('---')")),
    (r"found unexpected document separator", N_("a '---' inside a quoted text")),
)
_NAMED = re.compile(r"[(][?]P<\w+>")
# one pattern for all, its groups made anonymous (several phrases name theirs "what")
_PATTERN = re.compile(
    "|".join(f"(?P<p{i}>{_NAMED.sub('(?:', p)})" for i, (p, _m) in enumerate(PHRASES))
)


def yaml_problem(text):
    """Return PyYAML's problem text in the language in use."""
    if language() == "en":
        return text
    return _PATTERN.sub(_translate, text)


def _translate(match):
    i = int((match.lastgroup or "p0")[1:])
    pattern, message = PHRASES[i]
    inner = re.fullmatch(pattern, match.group(0))
    fields = inner.groupdict() if inner else {}
    return _(message).format(**fields)
