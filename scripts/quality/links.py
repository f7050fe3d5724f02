#!/usr/bin/env python3
"""Internal link checker for a built static site (Python standard library only).

Checks, in every *.html file under SITE_DIR: a/area href, link href
(stylesheets, icons, alternates, canonical), img/source src and srcset,
script/iframe/embed/track/audio/video src, video poster, object data,
url(...) in style attributes and <style> blocks; in every *.css file:
url(...) and @import; in every *.xml file (sitemap, Atom or RSS feeds):
<loc>, xhtml:link and atom:link href, <id>/<link>/<icon>/<logo> text, and the
links inside escaped HTML <content>/<summary>/<description>.

A reference is internal when it is relative, root-relative, or an absolute
URL under the site's base_url (read from Content/site.yml, or --base-url).
Internal references must resolve to a file in SITE_DIR (a folder resolves
to its index.html) and a #fragment must name an id (or <a name>) in the
target page. External http(s), mailto, tel, data: ... are not fetched.
A `javascript:` URL, a folder link without its trailing slash, and a path
escaping SITE_DIR count as broken.

Prints each broken reference as FILE:LINE: message, then
`links: N links checked in P pages, B broken`; exits 1 if any is broken.
"""
import argparse
import os
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

# (tag, attribute) pairs holding a single URL.
URL_ATTRS = {
    ("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("source", "src"),
    ("script", "src"), ("iframe", "src"), ("embed", "src"), ("track", "src"), ("audio", "src"),
    ("video", "src"), ("video", "poster"), ("object", "data"), ("input", "src"), ("blockquote", "cite"),
    ("q", "cite"), ("ins", "cite"), ("del", "cite"),
}
SRCSET_ATTRS = {("img", "srcset"), ("source", "srcset"), ("link", "imagesrcset")}
# <meta> whose content is a URL that may point to the site (Open Graph, Twitter cards).
META_URL_KEYS = {"og:url", "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:url"}
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def parse_srcset(value):
    """The URLs of a srcset attribute (HTML's algorithm, without descriptor checks)."""
    urls, i, n = [], 0, len(value)
    while i < n:
        while i < n and (value[i].isspace() or value[i] == ","):
            i += 1
        start = i
        while i < n and not value[i].isspace():
            i += 1
        url = value[start:i]
        if url.endswith(","):
            url = url.rstrip(",")
        else:  # skip descriptors up to a comma outside parentheses
            depth = 0
            while i < n and not (value[i] == "," and depth == 0):
                depth += value[i] == "("
                depth -= value[i] == ")"
                i += 1
        if url:
            urls.append(url)
    return urls


def css_urls(text):
    text = CSS_COMMENT.sub("", text)
    return [next(g for g in m.groups() if g is not None) for m in CSS_URL.finditer(text)]


class Page(HTMLParser):
    """Collects the ids and the outgoing references (url, line, what) of one HTML file."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.refs = []
        self.base_href = None
        self._in_style = False

    def add(self, url, what):
        self.refs.append((url, self.getpos()[0], what))

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            a.setdefault(k, v)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "base" and a.get("href") is not None and self.base_href is None:
            self.base_href = a["href"]
        for attr, value in a.items():
            if value is None:
                continue
            if (tag, attr) in URL_ATTRS:
                self.add(value.strip(), f"<{tag} {attr}>")
            elif (tag, attr) in SRCSET_ATTRS:
                for url in parse_srcset(value):
                    self.add(url, f"<{tag} {attr}>")
            elif attr == "style":
                for url in css_urls(value):
                    self.add(url, f"<{tag} style> url()")
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in META_URL_KEYS and a.get("content"):
                self.add(a["content"].strip(), f"<meta {key}>")
            if (a.get("http-equiv") or "").lower() == "refresh":
                m = re.search(r"url\s*=\s*['\"]?([^'\"]+)", a.get("content") or "", re.I)
                if m:
                    self.add(m.group(1).strip(), "<meta refresh>")
        if tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            for url in css_urls(data):
                self.add(url, "<style> url()")


def read_base_url(repo_root):
    path = os.path.join(repo_root, "Content", "site.yml")
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"""^base_url:\s*["']?([^"'\s#]+)""", line)
                if m:
                    return m.group(1)
    except OSError:
        pass
    return None


class Checker:
    def __init__(self, site, base_url):
        self.site = os.path.realpath(site)
        self.base = urlsplit(base_url) if base_url else None
        self.base_path = (self.base.path or "/") if self.base else "/"
        if not self.base_path.endswith("/"):
            self.base_path += "/"
        self._pages = {}
        self.checked = 0
        self.broken = []

    # --- reading ---------------------------------------------------------------
    def page(self, rel):
        """Parsed Page for an HTML file (relative path), cached."""
        if rel not in self._pages:
            p = Page()
            with open(os.path.join(self.site, rel), encoding="utf-8", errors="replace") as f:
                p.feed(f.read())
            p.close()
            self._pages[rel] = p
        return self._pages[rel]

    # --- resolving -------------------------------------------------------------
    def to_site_path(self, url, doc_url):
        """Maps a reference to ('internal', site path, fragment) or ('external', None, None)
        or ('broken', reason, None). doc_url is the referring document's URL path ('/zh/index.html')."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "javascript":
            return "broken", "javascript: URL", None
        if scheme or parts.netloc:  # absolute or protocol-relative
            if not self.base or scheme not in ("http", "https", ""):
                return "external", None, None  # mailto:, tel:, data:, another host... never fetched
            if parts.netloc.lower() != self.base.netloc.lower():
                return "external", None, None
            path = parts.path or "/"
            if not (path + "/").startswith(self.base_path) and path + "/" != self.base_path:
                return "external", None, None
            path = "/" + path[len(self.base_path):] if path.startswith(self.base_path) else "/"
            return "internal", path, parts.fragment
        if url.startswith("/") and self.base_path != "/":
            if not url.startswith(self.base_path):
                return "broken", f"root-relative link outside the base path {self.base_path}", None
            url = "/" + url[len(self.base_path):]
        if not url.startswith("/"):
            climbed = posixpath.normpath(posixpath.join(posixpath.dirname(doc_url).lstrip("/"), unquote(parts.path) or "."))
            if climbed == ".." or climbed.startswith("../"):
                return "broken", "climbs above the site root", None
        joined = urlsplit(urljoin(doc_url, url))
        return "internal", joined.path, joined.fragment

    def check_ref(self, url, src_rel, line, what, doc_url):
        self.checked += 1
        if url == "":
            return  # an empty href is the document itself
        kind, path, fragment = self.to_site_path(url, doc_url)
        if kind == "external":
            return
        if kind == "broken":
            return self.report(src_rel, line, url, path)
        decoded = unquote(path)
        rel = os.path.normpath(decoded.lstrip("/")) if decoded.strip("/") else "."
        target = os.path.realpath(os.path.join(self.site, rel))
        if target != self.site and not target.startswith(self.site + os.sep):
            return self.report(src_rel, line, url, "points outside the site folder")
        if os.path.isdir(target):
            if not decoded.endswith("/"):
                return self.report(src_rel, line, url, "folder link without its trailing slash")
            target = os.path.join(target, "index.html")
        if not os.path.isfile(target):
            return self.report(src_rel, line, url, f"no such file: {os.path.relpath(target, self.site)}")
        if fragment and target.endswith(".html"):
            frag = unquote(fragment)
            ids = self.page(os.path.relpath(target, self.site)).ids
            if frag not in ids and frag.lower() != "top":
                return self.report(src_rel, line, url, f"no id=\"{frag}\" in {os.path.relpath(target, self.site)}")

    def report(self, src_rel, line, url, reason):
        self.broken.append(f"{src_rel}:{line}: broken {url!r}: {reason}")

    # --- walking ---------------------------------------------------------------
    def files(self, suffix):
        found = []
        for folder, dirs, names in os.walk(self.site):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [os.path.relpath(os.path.join(folder, n), self.site) for n in sorted(names) if n.endswith(suffix)]
        return found

    def doc_url(self, rel):
        return "/" + rel.replace(os.sep, "/")

    def run(self):
        pages = self.files(".html")
        for rel in pages:
            page = self.page(rel)
            doc = self.doc_url(rel)
            if page.base_href:
                doc = urljoin(doc, page.base_href)  # a <base href> changes how every link resolves
            for url, line, what in page.refs:
                self.check_ref(url, rel, line, what, doc)
        for rel in self.files(".css"):
            with open(os.path.join(self.site, rel), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for url in css_urls(text):
                line = text[: text.find(url)].count("\n") + 1 if url in text else 0
                self.check_ref(url, rel, line, "css url()", self.doc_url(rel))
        feeds = 0
        for rel in self.files(".xml"):
            feeds += self.check_xml(rel)
        return pages, feeds

    def check_xml(self, rel):
        try:
            tree = ET.parse(os.path.join(self.site, rel))
        except ET.ParseError as e:
            self.broken.append(f"{rel}:{e.position[0]}: not well-formed XML: {e}")
            return 0
        doc = self.doc_url(rel)
        lines = open(os.path.join(self.site, rel), encoding="utf-8", errors="replace").read()

        def line_of(text):
            i = lines.find(text)
            return lines[:i].count("\n") + 1 if i >= 0 else 0

        for el in tree.iter():
            local = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
            urls = []
            if local in ("loc", "id", "icon", "logo", "link", "guid", "comments") and el.text and el.text.strip():
                text = el.text.strip()
                if local in ("id", "guid") and not re.match(r"https?://", text):
                    continue  # a tag: URI or an opaque guid is no link
                urls.append(text)
            if el.get("href") is not None:
                urls.append(el.get("href").strip())
            if local in ("content", "summary", "description") and el.text and "<" in el.text:
                embedded = Page()
                embedded.feed(el.text)
                embedded.close()
                # Links in feed HTML are checked only when absolute under base_url:
                # relative ones depend on xml:base and on the reader.
                urls += [u for u, _, _ in embedded.refs if urlsplit(u).scheme]
            for url in urls:
                if urlsplit(url).scheme in ("http", "https") or not urlsplit(url).scheme:
                    self.check_ref(url, rel, line_of(url), f"<{local}>", doc)
        return 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", help="the built site, e.g. Site")
    ap.add_argument("--base-url", help="the site's base_url (default: read from Content/site.yml)")
    args = ap.parse_args()
    if not os.path.isdir(args.site):
        print(f"error: {args.site} is not a folder", file=sys.stderr)
        return 2
    base_url = args.base_url or read_base_url(os.path.join(here, "..", ".."))
    if not base_url:
        print("warning: no base_url (Content/site.yml or --base-url): absolute links to the site are not checked",
              file=sys.stderr)
    checker = Checker(args.site, base_url)
    pages, feeds = checker.run()
    for line in checker.broken:
        print(f"{args.site.rstrip('/')}/{line}")
    if not pages:
        print(f"error: no .html files under {args.site}", file=sys.stderr)
        return 2
    print(f"links: {checker.checked} links checked in {len(pages)} pages, {len(checker.broken)} broken"
          + (f" (and {feeds} XML files; base_url {base_url})" if feeds else ""))
    return 1 if checker.broken else 0


if __name__ == "__main__":
    sys.exit(main())
