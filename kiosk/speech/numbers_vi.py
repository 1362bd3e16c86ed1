"""Vietnamese numbers in words, for speech: espeak-ng's `vi` voice reads digits
unevenly ("126" as separate digits on some versions), words it reads right.

Rules (northern usage, as the station's default voice speaks):
- "mười" for 10-19, "mươi" for the tens above; "một" after a ten above 10 is "mốt";
  "năm" after any ten is "lăm"; "bốn" after a ten above 10 stays "bốn" (the
  southern "tư" is left to the southern voice's listeners, who understand both).
- A zero ten inside a hundred is "lẻ" (105: "một trăm lẻ năm").
- A zero hundred inside a thousand is "không trăm" (1005: "một nghìn không trăm lẻ năm").
"""
from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu", "tỷ")


def _below_hundred(n: int) -> list[str]:
    tens, unit = divmod(n, 10)
    if tens == 0:
        return [DIGITS[unit]]
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if unit == 1 and tens > 1:
        words.append("mốt")
    elif unit == 5:
        words.append("lăm")
    elif unit:
        words.append(DIGITS[unit])
    return words


def _below_thousand(n: int, full: bool) -> list[str]:
    """`full`: a group after a higher one, which says its zero hundreds and tens."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if rest == 0:
        return words
    if rest < 10 and words:
        words.append("lẻ")
    return words + _below_hundred(rest)


def integer_words(n: int) -> str:
    if n < 0:
        return "âm " + integer_words(-n)
    if n == 0:
        return DIGITS[0]
    groups: list[int] = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    if len(groups) > len(GROUPS):
        raise ValueError("number too large to speak")
    words: list[str] = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        words += _below_thousand(g, full=bool(words))
        if GROUPS[i]:
            words.append(GROUPS[i])
    return " ".join(words)


def number_words(value: float, decimals: int = 0) -> str:
    """`value` rounded to `decimals` places, in words; decimals after "phẩy" (36,5: "ba mươi sáu phẩy năm")."""
    text = f"{abs(value):.{max(0, decimals)}f}"
    whole, _, frac = text.partition(".")
    words = integer_words(int(whole))
    if value < 0 and float(text) != 0:
        words = "âm " + words
    frac = frac.rstrip("0")
    if frac:
        # A fraction with a leading zero reads digit by digit ("phẩy không năm"), else as a number.
        words += " phẩy " + (" ".join(DIGITS[int(d)] for d in frac) if frac[0] == "0" else integer_words(int(frac)))
    return words
