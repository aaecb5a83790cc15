#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The site in a real browser (issue 18): headless Chromium driven by Selenium (Debian's
chromium, chromium-driver, python3-selenium), axe-core injected into each page.

- axe-core (WCAG 2.0-2.2 A and AA rules) on the index, a session page, a person page, a room
  page and the changes page, in each language and in the light and dark colour schemes: no
  violation of serious or critical impact. The HTML programme and the speaker list too.
- A crawl from the root index through every link: every page loads, every file exists, and
  the browser reports no error (a Content-Security-Policy refusal included).
- The search page finds a session, its script allowed by the page's CSP, from file://.
- No kind of page scrolls sideways on a phone 390 pixels wide (the grid scrolls in its own
  region).
With --screenshots DIR it runs no test: it takes the index and a session page at 1280 and 390
pixels wide into DIR (docs/screenshots/), for a person to look at.

    test_site_browser.py --cli build/src/cli/summitry-cli --axe build/npm/node_modules/axe-core/axe.min.js
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "schedules" / "ai-for-growth-2025.yaml"
SEED2 = ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"
ARGS = None
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def cli(*args):
    p = subprocess.run([ARGS.cli, *map(str, args)], capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        raise AssertionError(f"{args}: exit {p.returncode}\n{p.stderr}")
    return p


def browser(width=1280, height=900):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              f"--window-size={width},{height}", "--lang=en-GB", "--no-first-run",
              "--disable-extensions", "--hide-scrollbars"):
        options.add_argument(a)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def viewport(driver, width, height):
    """The page's width as a phone's: headless Chromium keeps windows at least 500 pixels wide,
    so --window-size=390 gives 500. Not a mobile emulation either, whose viewport would widen to
    fit a page that overflows, hiding the very overflow looked for."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


class SiteInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="summitry-browser-"))
        event = cls.tmp / "event.yaml"
        shutil.copy(SEED, event)
        # Two releases, so that there is a page of changes.
        cli("release", event, "--name", "v1")
        cli("set", event, "sessions/welcome-ambassador.start", "2025-02-10 14:20")
        cli("release", event, "--name", "v2")
        cls.site = cls.tmp / "site"
        cli("site", event, "-o", cls.site, "--base-url", "https://example.org/ai/")
        cls.site2 = cls.tmp / "site2"
        cli("site", SEED2, "-o", cls.site2)
        cls.programme = cls.tmp / "programme.html"
        cli("program", SEED, "-o", cls.programme)
        cls.speakers = cls.tmp / "speakers.html"
        cli("speakers", SEED, "--format", "html", "-o", cls.speakers)
        cls.axe = pathlib.Path(ARGS.axe).read_text(encoding="utf-8")
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def load(self, path):
        self.driver.get(path.resolve().as_uri() if isinstance(path, pathlib.Path) else path)
        WebDriverWait(self.driver, 20).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def scheme(self, name):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": name}]})

    def serious(self, path):
        """axe's violations of serious or critical impact on the page, as readable lines."""
        self.load(path)
        self.driver.execute_script(self.axe)
        self.driver.set_script_timeout(120)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " nodes: v.nodes.length, target: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
            ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, target: []}]));",
            WCAG)
        return [f"{v['id']} ({v['impact']}, {v['nodes']} elements: {v['target']}): {v['help']}"
                for v in result if v["impact"] in ("serious", "critical")]

    def pages(self, site, lang):
        base = site / lang
        pick = lambda folder: sorted((base / folder).glob("*.html"))[0]  # noqa: E731
        out = [base / "index.html", base / "sessions/opening-ai-avatar.html"
               if (base / "sessions/opening-ai-avatar.html").exists() else pick("sessions"),
               pick("people"), pick("rooms"), sorted((base / "days").glob("*-grid.html"))[0],
               base / "search.html"]
        if (base / "changes.html").exists():
            out += [base / "changes.html", sorted((base / "changes").glob("*.html"))[-1]]
        return out

    def test_axe_finds_nothing_serious_on_the_site(self):
        failures = []
        for site in (self.site, self.site2):
            langs = sorted(p.name for p in site.iterdir() if p.is_dir() and p.name != "assets")
            self.assertTrue(langs)
            if site == self.site:
                self.assertTrue((site / "en/changes.html").exists())
            for scheme in ("light", "dark"):
                self.scheme(scheme)
                for lang in langs:
                    for page in self.pages(site, lang):
                        for v in self.serious(page):
                            failures.append(f"{scheme} {page.relative_to(self.tmp)}: {v}")
        self.scheme("light")
        self.assertEqual(failures, [], "\n".join(failures))

    def test_axe_finds_nothing_serious_on_the_programme_and_speaker_list(self):
        failures = []
        for scheme in ("light", "dark"):
            self.scheme(scheme)
            for page in (self.programme, self.speakers):
                failures += [f"{scheme} {page.name}: {v}" for v in self.serious(page)]
        self.scheme("light")
        self.assertEqual(failures, [], "\n".join(failures))

    def test_a_crawl_from_the_index_finds_no_broken_link_and_no_error(self):
        start = (self.site / "index.html").resolve().as_uri()
        root = self.site.resolve().as_uri() + "/"
        seen, queue, errors, loaded = set(), [start], [], 0
        self.driver.get_log("browser")  # what came before
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            path = pathlib.Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path))
            if not path.is_file():
                errors.append(f"broken: {url}")
                continue
            if path.suffix != ".html":
                continue
            self.load(url)
            loaded += 1
            for entry in self.driver.get_log("browser"):
                if entry["level"] in ("SEVERE", "WARNING"):
                    errors.append(f"{url}: {entry['message']}")
            for href in self.driver.execute_script(
                    "return Array.from(document.querySelectorAll('a[href], link[href]'), a => a.href)"):
                parts = urllib.parse.urlsplit(href)
                if parts.scheme != "file":
                    self.assertIn(parts.scheme, ("https", "http", "webcal", "mailto"), href)
                    continue
                target = urllib.parse.urlunsplit(parts._replace(query="", fragment=""))
                self.assertTrue(target.startswith(root), f"{url} leaves the site: {href}")
                if target not in seen:
                    queue.append(target)
        self.assertGreater(loaded, 100)
        self.assertEqual(errors, [], "\n".join(errors[:40]))

    def test_no_page_kind_scrolls_sideways_on_a_phone(self):
        overflows = []
        viewport(self.driver, 390, 844)
        try:
            for site in (self.site, self.site2):
                langs = sorted(p.name for p in site.iterdir() if p.is_dir() and p.name != "assets")
                for lang in langs:
                    base = site / lang
                    kinds = [site / "index.html", *self.pages(site, lang),
                             sorted((base / "days").glob("*[0-9].html"))[0]]
                    for folder in ("tracks", "organizations"):
                        kinds += sorted((base / folder).glob("*.html"))[:1]
                    kinds += [base / f"{name}.html" for name in
                              ("people", "rooms", "tracks", "organizations")]
                    for page in kinds:
                        self.assertTrue(page.exists(), page)
                        self.load(page)
                        width, scroll = self.driver.execute_script(
                            "return [window.innerWidth, document.documentElement.scrollWidth]")
                        self.assertEqual(width, 390)
                        if scroll > width:
                            overflows.append(f"{page.relative_to(self.tmp)}: {scroll} px wide")
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.assertEqual(overflows, [], "\n".join(overflows))

    def test_the_search_finds_from_file_urls_under_the_csp(self):
        self.driver.get_log("browser")
        self.load((self.site / "en/search.html").resolve().as_uri() + "?q=ambassador")
        results = WebDriverWait(self.driver, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
        self.assertTrue(any("Ambassador" in r.text for r in results))
        status = self.driver.find_element(By.ID, "search-status").text
        self.assertRegex(status, r"^\d+ results$")
        # Typing narrows it; a word found nowhere says so.
        box = self.driver.find_element(By.ID, "q")
        box.clear()
        box.send_keys("zzzzqqq")
        time.sleep(0.2)
        self.assertEqual(self.driver.find_element(By.ID, "search-status").text, "Nothing matches.")
        logs = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        self.assertEqual(logs, [])


def screenshots(out):
    """The index and a session page at desktop and phone widths, for docs/ (not a test: a
    person looks at them)."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="summitry-shots-"))
    try:
        cli("site", SEED, "-o", tmp / "site")
        for width, height, name in ((1280, 900, "desktop"), (390, 844, "phone")):
            d = browser(max(width, 500), height)
            try:
                for page, label in ((tmp / "site/en/index.html", "index"),
                                    (tmp / "site/en/sessions/opening-ai-avatar.html", "session")):
                    viewport(d, width, height)
                    d.get(page.resolve().as_uri())
                    height_px = d.execute_script("return document.documentElement.scrollHeight")
                    viewport(d, width, min(max(height, height_px), 2400))
                    d.save_screenshot(str(out / f"site-{label}-{name}.png"))
            finally:
                d.quit()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--axe", required=True)
    parser.add_argument("--screenshots")
    ARGS, rest = parser.parse_known_args()
    if ARGS.screenshots:
        screenshots(pathlib.Path(ARGS.screenshots))
        return
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
