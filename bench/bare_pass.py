"""The yardstick for scan's speed: read every text of a folder, NFC-normalise it, split it
into sentences and find every number with one regex — and nothing else.

    python bench/bare_pass.py FOLDER
"""

import os
import re
import sys
import unicodedata

SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ0-9])|\n")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def main(folder):
    numbers = 0
    for d, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith((".txt", ".md")):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    text = unicodedata.normalize("NFC", f.read())
                for sentence in SENTENCE.split(text):
                    numbers += len(NUMBER.findall(sentence))
    print(numbers)


if __name__ == "__main__":
    main(sys.argv[1])
