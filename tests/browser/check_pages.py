#!/usr/bin/env python3
"""Opens jixiao's HTML reports in a real headless Chromium and checks what a reader would see.

Usage: check_pages.py CASE JIXIAO SOURCE_DIR OUT_DIR

For a form, audit or department summary page: the page is rendered by jixiao, opened from a file: URL through
Debian's chromedriver (python3-selenium), and checked on screen and with print media emulated at
the printable width of A4: the expected sheets and table rows are there, nothing was fetched,
the title is drawn in a CJK font, a screenshot (saved in OUT_DIR) is not blank, no cell's content
overflows it and no table is wider than the paper. For a PDF: jixiao prints the example through
Chromium and the PDF has the expected number of A4 pages, its text is extractable Chinese and a
CJK font is embedded.

Exits 0 when every check passes, 1 when one fails, 77 (ctest SKIP_RETURN_CODE) when Chromium,
chromedriver, selenium or poppler-utils is missing (tools/setup-deps installs them).
"""

import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

SKIP = 77
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
STEP_TIMEOUT = 60  # seconds, for each jixiao run and each page load

# A4 minus the 10 mm side margins of the page's @page rule, in CSS pixels (96 per inch).
PRINTABLE_WIDTH_PX = 190 / 25.4 * 96  # 718.1
CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
             "PingFang SC", "SimSun")

SETS = "indicators/sets"
CASES = {
    # name: (kind, jixiao arguments, expected exit code, expectations)
    "central_form": ("form", ["score", f"{SETS}/central_2020.yaml",
                              "examples/central_2020/projects.yaml"], 0,
                     # 4 projects; the first has 6 indicator rows, 总分 and 等级.
                     {"sheets": 4, "first_rows": 8, "text": "社区养老服务驿站运营补贴"}),
    # Three projects with long 年度总体目标 texts: the block wraps inside the sheet in print.
    "tutorial_form": ("form", ["score", "examples/tutorial/xicheng_2022.yaml",
                               "examples/tutorial/projects_2022.yaml"], 0,
                      {"sheets": 3, "first_rows": 12, "text": "实际完成情况", "goals": 3}),
    "shenzhen_form": ("form", ["score", f"{SETS}/shenzhen_2019.yaml",
                               "examples/shenzhen_2019/project.yaml"], 0,
                      # the 自评价评分表: 38 rows, 总分 and 等级, with 评分标准.
                      {"sheets": 1, "first_rows": 40, "text": "评分标准"}),
    "beijing_form": ("form", ["score", f"{SETS}/beijing_2020.yaml",
                              "examples/beijing_2020/projects.yaml"], 1,
                     {"sheets": 13, "first_rows": None, "text": "项目支出绩效自评表"}),
    "audit_page": ("audit", ["audit", "examples/audit/sample.csv"], 1,
                   {"sheets": 1, "tables": 2, "text": "复核得分"}),
    # Each project fits one page; Shenzhen's 38 rows with their 评分标准 take three.
    "central_pdf": ("pdf", ["score", f"{SETS}/central_2020.yaml",
                            "examples/central_2020/projects.yaml"], 0,
                    {"pages": 4, "text": "社区养老服务驿站运营补贴"}),
    "beijing_pdf": ("pdf", ["score", f"{SETS}/beijing_2020.yaml",
                            "examples/beijing_2020/projects.yaml"], 1,
                    {"pages": 13, "text": "扶贫协作和支援合作工作经费"}),
    "shenzhen_pdf": ("pdf", ["score", f"{SETS}/shenzhen_2019.yaml",
                             "examples/shenzhen_2019/project.yaml"], 0,
                     {"pages": 3, "text": "扶贫协作和合作交流行政经费"}),
    # The department summary (jixiao summary): one sheet, three charts, seven tables (the
    # 概况 fields and six sections; 总分低于 80 分的项目 has none here, so it is a sentence).
    "beijing_summary": ("summary", ["summary", f"{SETS}/beijing_2020.yaml",
                                    "examples/beijing_2020/projects.yaml",
                                    "--department-projects", "38"], 1,
                        {"sheets": 1, "charts": 3, "tables": 7,
                         "text": "共评价项目 13 个，占部门项目总数的 34.21%，涉及金额 776.38 万元。"}),
    "central_summary": ("summary", ["summary", f"{SETS}/central_2020.yaml",
                                    "examples/central_2020/projects.yaml", "--threshold", "90"], 0,
                        {"sheets": 1, "charts": 3, "tables": 8,
                         "text": "共评价项目 4 个，涉及金额 870.00 万元。"}),
    "beijing_summary_pdf": ("pdf", ["summary", f"{SETS}/beijing_2020.yaml",
                                    "examples/beijing_2020/projects.yaml"], 1,
                            {"pages": 5, "text": "部门项目支出绩效自评汇总"}),
}


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def skip(reason):
    print(f"SKIP: {reason} (tools/setup-deps installs it)")
    sys.exit(SKIP)


def run_jixiao(jixiao, source_dir, args, expected_exit):
    result = subprocess.run([jixiao] + args, cwd=source_dir, capture_output=True,
                            timeout=STEP_TIMEOUT)
    check(result.returncode == expected_exit,
          f"jixiao {' '.join(args)}: exit {result.returncode}, expected {expected_exit}\n"
          + result.stderr.decode(errors="replace"))
    return result


# --- PNG decoding (stdlib only): 8-bit greyscale, RGB or RGBA, not interlaced ---

def decode_png(data, max_rows):
    """Width, height, channels and the first `max_rows` rows of pixels (pure Python is slow)."""
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG")
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            check(depth == 8 and interlace == 0, f"unexpected PNG depth {depth}/{interlace}")
            channels = {0: 1, 2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(min(height, max_rows)):
        filter_type = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if filter_type == 1:
                line[i] = (line[i] + left) & 0xFF
            elif filter_type == 2:
                line[i] = (line[i] + up) & 0xFF
            elif filter_type == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif filter_type == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else upper_left
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def check_not_blank(png, what):
    """Not blank: in the top 600 rows (title, header block, the table's start), a real share of
    dark (text and rules) and of light (paper) pixels."""
    width, height, channels, rows = decode_png(png, 600)
    check(width > 300 and height > 300, f"{what}: screenshot only {width}×{height}")
    dark = light = total = 0
    total_sum = total_square = 0
    for line in rows[::2]:
        for x in range(0, width * channels, channels * 2):
            grey = (line[x] + line[x + 1] + line[x + 2]) // 3 if channels >= 3 else line[x]
            total += 1
            total_sum += grey
            total_square += grey * grey
            dark += grey < 100
            light += grey > 200
    mean = total_sum / total
    variance = total_square / total - mean * mean
    print(f"  {what}: {width}×{height} px, {100 * dark / total:.1f}% dark, "
          f"{100 * light / total:.1f}% light, variance {variance:.0f}")
    check(dark / total > 0.01, f"{what}: almost no dark pixels: blank page?")
    check(light / total > 0.30, f"{what}: almost no light pixels: no paper?")
    check(variance > 500, f"{what}: pixel variance {variance:.0f}: blank page?")


# --- the browser ---

def start_browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("python3-selenium is not installed")
    for program in (CHROMIUM, CHROMEDRIVER):
        if not os.access(program, os.X_OK):
            skip(f"{program} is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-extensions",
                 "--hide-scrollbars", "--window-size=1000,1400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(STEP_TIMEOUT)
    driver.set_script_timeout(STEP_TIMEOUT)
    return driver


OVERFLOWING_CELLS = """
const out = [];
for (const cell of document.querySelectorAll('td, th')) {
  if (cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1)
    out.push(`${cell.textContent.slice(0, 30)} (${cell.scrollWidth}×${cell.scrollHeight} in ` +
             `${cell.clientWidth}×${cell.clientHeight})`);
}
return out;
"""

WIDEST_RIGHT_EDGE = """
let right = document.documentElement.scrollWidth;
for (const el of document.querySelectorAll('table, h1, h2, p, ul, section'))
  right = Math.max(right, el.getBoundingClientRect().right);
return right;
"""


def title_fonts(driver):
    """The fonts Chromium drew the first <h1> with (DevTools CSS.getPlatformFontsForNode)."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {})["root"]["nodeId"]
    h1 = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": "h1"})["nodeId"]
    fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": h1})["fonts"]
    return {font["familyName"]: font["glyphCount"] for font in fonts}


SUMMARY_CHARTS = """
const sheet = document.querySelector('section.sheet').getBoundingClientRect();
return [...document.querySelectorAll('figure.chart > svg')].map(svg => {
  const box = svg.getBoundingClientRect();
  return {bars: svg.querySelectorAll('rect').length,
          empty: svg.textContent.includes('无数据'),
          labels: svg.querySelectorAll('text').length,
          inside: box.left >= sheet.left - 0.5 && box.right <= sheet.right + 0.5,
          width: box.width};
});
"""


def check_summary(driver, expect):
    """The summary page: its charts are drawn (bars, or 无数据) inside the sheet, its tables
    are there."""
    charts = driver.execute_script(SUMMARY_CHARTS)
    print(f"  charts: {charts}")
    check(len(charts) == expect["charts"], f"{len(charts)} charts, expected {expect['charts']}")
    for i, chart in enumerate(charts):
        check(chart["bars"] > 0 or chart["empty"], f"chart {i + 1} has no bars")
        check(chart["labels"] >= 3, f"chart {i + 1} has {chart['labels']} texts")
        check(chart["inside"], f"chart {i + 1} sticks out of the sheet")
    tables = driver.execute_script("return document.querySelectorAll('table.grid').length")
    check(tables == expect["tables"], f"{tables} tables, expected {expect['tables']}")


def save_top(driver, sheet, path, height=1100):
    """The top of the sheet (title, 自评综述, figures, first chart), as README shows it."""
    import base64
    rect = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];", sheet)
    clip = {"x": rect[0], "y": rect[1], "width": rect[2], "height": min(height, rect[3]),
            "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "clip": clip, "captureBeyondViewport": True})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


GOALS_BLOCKS = """
return [...document.querySelectorAll('table.goals')].map(t => {
  const header = t.closest('section').querySelector('table.header').getBoundingClientRect();
  const box = t.getBoundingClientRect();
  return {cells: [...t.rows].map(r => [...r.cells].map(c => c.textContent.slice(0, 8))),
          span: t.rows[0].cells[0].rowSpan,
          flush: Math.abs(box.left - header.left) < 0.5 && Math.abs(box.right - header.right) < 0.5};
});
"""


def check_goals(driver, expected):
    """The 年度总体目标 blocks: the title merged down two rows, 预期目标 and 实际完成情况 side by
    side over their texts, as wide as the header block."""
    blocks = driver.execute_script(GOALS_BLOCKS)
    check(len(blocks) == expected, f"{len(blocks)} 年度总体目标 blocks, expected {expected}")
    for block in blocks:
        cells = block["cells"]
        check(len(cells) == 2 and cells[0] == ["年度总体目标", "预期目标", "实际完成情况"]
              and len(cells[1]) == 2 and block["span"] == 2,
              f"年度总体目标 block laid out as {cells} (title rowspan {block['span']})")
        check(block["flush"], "年度总体目标 block not as wide as the header block")


def check_layout(driver, mode, width_limit):
    overflowing = driver.execute_script(OVERFLOWING_CELLS)
    check(not overflowing, f"{mode}: {len(overflowing)} cells overflow: {overflowing[:5]}")
    right = driver.execute_script(WIDEST_RIGHT_EDGE)
    print(f"  {mode}: widest right edge {right:.1f} px (limit {width_limit:.1f})")
    check(right <= width_limit + 0.5, f"{mode}: content {right:.1f} px wide, over {width_limit:.1f}")


def check_page(case, kind, expect, html_path, out_dir):
    driver = start_browser()
    try:
        driver.get("file://" + html_path)
        sheets = driver.execute_script("return document.querySelectorAll('section.sheet').length")
        check(sheets == expect["sheets"], f"{sheets} sheets, expected {expect['sheets']}")
        check(expect["text"] in driver.execute_script("return document.body.innerText"),
              f"the page does not show «{expect['text']}»")
        fetched = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        check(fetched == [], f"the page fetched {fetched}")
        if kind == "form":
            rows = driver.execute_script(
                "return document.querySelector('section.sheet table.indicators')"
                ".tBodies[0].rows.length")
            if expect["first_rows"] is not None:
                check(rows == expect["first_rows"],
                      f"first indicator table has {rows} rows, expected {expect['first_rows']}")
            per_sheet = driver.execute_script(
                "return [...document.querySelectorAll('section.sheet')].map(s => "
                "s.querySelectorAll('table.indicators tr.sum').length)")
            check(all(n == 2 for n in per_sheet), f"总分 and 等级 rows per sheet: {per_sheet}")
            check_goals(driver, expect.get("goals", 0))
        elif kind == "summary":
            check_summary(driver, expect)
        else:
            tables = driver.execute_script(
                "return document.querySelectorAll('table.audit').length")
            check(tables == expect["tables"], f"{tables} audit tables, expected {expect['tables']}")
            findings = driver.execute_script(
                "return [...document.querySelectorAll('li.error')].map(li => "
                "getComputedStyle(li).color)")
            check(findings and all(c == "rgb(176, 0, 32)" for c in findings),
                  f"errors not shown in red: {findings[:3]}")
        fonts = title_fonts(driver)
        print(f"  title drawn with {fonts}")
        check(any(name in CJK_FONTS and glyphs > 0 for name, glyphs in fonts.items()),
              f"the title is not drawn in a CJK font: {fonts}")

        # Screen: a sheet of paper on grey; every cell holds its text.
        check_layout(driver, "screen", driver.execute_script("return window.innerWidth"))
        sheet = driver.find_element("css selector", "section.sheet")
        png = sheet.screenshot_as_png
        with open(os.path.join(out_dir, f"{case}.png"), "wb") as f:
            f.write(png)
        check_not_blank(png, "screen")
        if kind == "summary":
            save_top(driver, sheet, os.path.join(out_dir, f"{case}_top.png"))

        # Print: the page as the printer lays it out, at the printable width of A4.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": int(PRINTABLE_WIDTH_PX), "height": 1100, "deviceScaleFactor": 1,
            "mobile": False})
        breaks = driver.execute_script(
            "return [...document.querySelectorAll('section.sheet')].slice(1).map(s => "
            "getComputedStyle(s).breakBefore)")
        check(all(b == "page" for b in breaks), f"sheets do not start a new page: {breaks}")
        check_layout(driver, "print", int(PRINTABLE_WIDTH_PX))
        png = driver.get_screenshot_as_png()
        with open(os.path.join(out_dir, f"{case}_print.png"), "wb") as f:
            f.write(png)
        check_not_blank(png, "print")
    finally:
        driver.quit()


def check_pdf(expect, pdf_path):
    for tool in ("pdfinfo", "pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            skip(f"{tool} (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True,
                          timeout=STEP_TIMEOUT).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    print(f"  {pages} pages, {size}")
    check(pages == expect["pages"], f"{pages} pages, expected {expect['pages']}")
    check("(A4)" in size, f"page size {size}, expected A4")
    text = subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True, text=True,
                          timeout=STEP_TIMEOUT).stdout
    check(expect["text"] in text, f"the PDF's text lacks «{expect['text']}»")
    check("file://" not in text and "jixiao-pdf" not in text, "the PDF has a header or footer")
    fonts = subprocess.run(["pdffonts", pdf_path], capture_output=True, text=True,
                           timeout=STEP_TIMEOUT).stdout
    check(any(name.replace(" ", "") in fonts for name in CJK_FONTS),
          f"no CJK font embedded:\n{fonts}")


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    case, jixiao, source_dir, out_dir = sys.argv[1:]
    kind, args, expected_exit, expect = CASES[case]
    os.makedirs(out_dir, exist_ok=True)
    try:
        if kind == "pdf":
            if not os.access(CHROMIUM, os.X_OK):
                skip(f"{CHROMIUM} is not installed")
            pdf_path = os.path.join(out_dir, f"{case}.pdf")
            if os.path.exists(pdf_path):
                os.remove(pdf_path)
            run_jixiao(jixiao, source_dir, args + ["--format", "pdf", "-o", pdf_path],
                       expected_exit)
            check_pdf(expect, pdf_path)
        else:
            html_path = os.path.join(out_dir, f"{case}.html")
            run_jixiao(jixiao, source_dir, args + ["--format", "html", "-o", html_path],
                       expected_exit)
            check_page(case, kind, expect, os.path.abspath(html_path), out_dir)
    except CheckFailed as failure:
        print(f"FAIL: {case}: {failure}")
        return 1
    print(f"OK: {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
