"""Scan's speed on report text: linear growth, and a folder against a bare reading pass.

    python bench/scan_speed.py --out bench/out      # writes the inputs, prints the commands

It writes texts made of the development corpus's passages: one file of 1 MB and one of
4 MB (the cost must grow linearly: 4x the text, at most 4.6x the time), and a folder of 400
report texts. Time them as whole processes, paired, with farm-bench:

    farm-bench -n 5 -- khuyencong scan OUT/text-1m.txt --format csv
    farm-bench -n 5 -- khuyencong scan OUT/text-4m.txt --format csv
    farm-bench -n 7 --vs "python bench/bare_pass.py OUT/reports" -- \\
        khuyencong scan OUT/reports --format csv

The same for every shape of text (each at 1x and 4x, the cost must grow linearly on each):
``oneline`` (the corpus with no line break: one paragraph), ``percents`` ("1%" again and
again on one line), ``pattern`` (one sentence repeated on one line), ``blank`` (blank
lines around a little text), ``clauses`` (one sentence of thousands of clauses, each a
form a rule reads across its sentence: a comparison that opens it, a measure, a part
named elsewhere), ``list`` (one list of thousands of shares under one total, then
shares of a count described after its noun), ``parens`` (one sentence listing thousands of
parts, each with its share in parentheses), ``wholes`` (one sentence that opens with its
whole, then thousands of parts with shares) and ``bullets`` (thousands of bulleted lines
under one head that ends with a colon) and ``carried`` (one amount, then a run of
thousands of shares said with one verb, each percentage's part carried from the one before):

    for s in oneline percents pattern blank clauses list parens wholes bullets carried; do
        farm-bench -n 3 --vs "khuyencong scan OUT/$s-1x.txt --format csv -q" -- \
            khuyencong scan OUT/$s-4x.txt --format csv -q
    done

The goal for the folder: scan on one core at most 5x the bare pass (bench/bare_pass.py).
The annotated report, against the same scan without it (at most 1.3x the time, and a page
at most 3x the text):

    farm-bench -n 5 --timeout 300 --vs "khuyencong scan OUT/text-1m.txt --format csv -q" -- \\
        sh -c 'khuyencong scan OUT/text-1m.txt --format csv -q --html OUT/1m.html --force'
"""

import argparse
import glob
import os
import pathlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out"))
    ap.add_argument("--reports", type=int, default=400)
    a = ap.parse_args()
    passages = [
        pathlib.Path(p).read_text(encoding="utf-8")
        for p in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "scan", "0*.txt")))
    ]
    corpus = "\n\n".join(passages)
    os.makedirs(os.path.join(a.out, "reports"), exist_ok=True)
    for name, size in (("text-1m.txt", 1 << 20), ("text-4m.txt", 4 << 20)):
        data = (corpus * (size // len(corpus.encode()) + 1)).encode()[:size]
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(data.decode("utf-8", "ignore"))
    sentence = "Vốn năm 2012 là 5 tỷ đồng, chiếm 5% tổng vốn. "
    shapes = {  # each written at 1x and 4x
        "oneline": lambda n: " ".join((corpus * (n * 4)).split()),
        "percents": lambda n: " ".join(["1%"] * (n * 20_000)),
        "pattern": lambda n: sentence * (n * 5_000),
        "blank": lambda n: (
            "Thu 5 tỷ đồng, tăng 5% so với năm 2011 (4 tỷ đồng).\n" + "\n" * (n * 2_500_000)
        ),
        # one sentence of thousands of clauses, each a form a rule reads across the sentence
        "clauses": lambda n: (
            "Xuất khẩu đạt 10 tỷ USD. "
            + "".join(
                f"So với năm 2023 ({1000 + i} dự án), số dự án tăng 25%; về trị giá, tăng 12,6% so "
                f"với năm 2022 (7,1 tỷ USD); tỷ trọng chăn nuôi chiếm 33,6%, chăn nuôi {i} tỷ "
                f"đồng, tăng 5% so với năm 2022 (4.000 tỷ đồng), "
                for i in range(n * 1_000)
            )
            + "."
        ),
        # one sentence of thousands of changes in points beside their rates, and growths that
        # name two years or spans and no amount (each rule looks a few tokens around it)
        "points": lambda n: (
            "Năm 2024, "
            + ", ".join(
                f"tỷ lệ {i} tăng từ 45,2% lên 52,1%, tăng 6,9 điểm phần trăm, đạt {i + 100} tỷ "
                f"đồng, cao hơn 2,1 điểm phần trăm so với cả nước (50%), vốn giai đoạn "
                f"2021–2025 tăng 4,{i % 10}% so với giai đoạn trước"
                for i in range(n * 2_000)
            )
            + "."
        ),
        # one sentence of thousands of clauses of this stop's forms: two growths with a run of
        # bases in one pair of parentheses, a range, points after their two rates, a growth
        # from its base to its level, a rate with its part out of its whole after it
        "runs": lambda n: (
            "Năm 2024, "
            + "; ".join(
                f"xuất khẩu mặt hàng {i} đạt {i + 500} triệu USD, tăng {i % 9 + 1}% và nhập khẩu "
                f"{i + 300} triệu USD, tăng {i % 7 + 1},5% so với năm trước ({i + 450} triệu USD "
                f"và {i + 280} triệu USD), tăng từ 10% đến 12% so với kế hoạch, lãi suất giảm "
                f"0,5 điểm phần trăm, xuống còn 4,5%/năm từ mức 5,0%/năm, doanh thu tăng 15% từ "
                f"{i + 100} tỷ đồng lên {i + 115} tỷ đồng, tỷ lệ thu gom đạt 94,1%, với {i + 41} "
                f"tấn được xử lý trên tổng số {i + 438} tấn"
                for i in range(n * 1_000)
            )
            + "."
        ),
        # one list of thousands of shares under one total, half naming their whole, and
        # counts described after their noun, each a share of a described count
        "list": lambda n: (
            "Tổng thu năm 2024 đạt 10.000 tỷ đồng, trong đó: "
            + "; ".join(
                f"mục {i} 10 tỷ đồng, chiếm 0,1%" + (" tổng thu" if i % 2 else "")
                for i in range(n * 2_000)
            )
            + ". Toàn tỉnh có 215.430 người tham gia bảo hiểm xã hội. "
            + ". ".join(
                f"Có {i + 100} người tham gia bảo hiểm loại {i}, chiếm 1,5% số người tham gia "
                "bảo hiểm xã hội"
                for i in range(n * 500)
            )
            + "."
        ),
        # one sentence listing thousands of parts, each with its share in parentheses
        "parens": lambda n: (
            "Tổng thu năm 2024 đạt 20.000 tỷ đồng, trong đó: "
            + ", ".join(f"mục {i} 10 tỷ đồng (0,05%)" for i in range(n * 2_000))
            + "."
        ),
        # one sentence that opens with its whole, then thousands of parts with shares
        "wholes": lambda n: (
            "Of total FDI of $20,000 million, "
            + ", ".join(f"sector {i} drew $10 million (0.05 per cent)" for i in range(n * 2_000))
            + "."
        ),
        # thousands of bulleted lines under one head that ends with a colon, each a part with
        # its share in parentheses and a share said with its verb
        "bullets": lambda n: (
            "Tổng kim ngạch xuất khẩu năm 2024 đạt 20.000 triệu USD, trong đó:\n"
            + "\n".join(
                f"- Thị trường {i}: 10 triệu USD (0,05%), chiếm 0,05%;" for i in range(n * 2_000)
            )
            + "\n"
        ),
        # one amount, then a run of thousands of shares said with one verb: "chiếm 1,5%,
        # 1,5%, …" (each percentage's part carried from the one before)
        "carried": lambda n: "Tổng thu 1.000 tỷ đồng, chiếm " + "1,5%, " * (n * 2_000) + ".",
    }
    for shape, make in shapes.items():
        for n in (1, 4):
            with open(os.path.join(a.out, f"{shape}-{n}x.txt"), "w", encoding="utf-8") as f:
                f.write(make(n))
    for i in range(a.reports):  # a report: a few passages, as a provincial report has
        body = "\n\n".join(passages[(i * 3 + k) % len(passages)] for k in range(3))
        with open(os.path.join(a.out, "reports", f"{i:04}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
    print(f"wrote {a.out}/text-1m.txt, text-4m.txt and {a.reports} reports in {a.out}/reports")


if __name__ == "__main__":
    main()
