#!/usr/bin/env python3
"""Build the rasd sample corpus (samples/corpus/) and its planted truth (samples/truth.json).

Every article is written for rasd (MIT) in articles_*.py as structured data: title, page
furniture tagged by kind, and body paragraphs. This script renders each article to its
format (browser-copy .txt, full .html page, a .jsonl crawl dump, an RSS 2.0 feed) and
records, from the same data, exactly which noise lines were planted, so the truth file
cannot drift from the files. Run: python3 samples/tools/build.py
"""
import html
import json
import os
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, 'corpus')

from outlets import OUTLETS  # noqa: E402
import articles_ukraine  # noqa: E402
import articles_sudan  # noqa: E402
import articles_misc  # noqa: E402
from extras import CONTRADICTIONS, ENTITIES, SHARED_FIRST_NAMES, STORIES, SYNDICATION, THREADS  # noqa: E402

ARTICLES = articles_ukraine.ARTICLES + articles_sudan.ARTICLES + articles_misc.ARTICLES
CLASS_NAMES = {'promo': 'cta-box', 'source-line': 'post-source', 'related': 'read-also', 'navigation': 'site-links', 'byline': 'author-box'}
KINDS = {'caption', 'credit', 'promo', 'related', 'navigation', 'source-line', 'dateline',
         'title', 'comments', 'share', 'byline'}


def add_noise(noise, kind, text):
    assert kind in KINDS, kind
    noise.setdefault(kind, []).append(text)


def body_text(item):
    """A body item is a paragraph string, or ('dl', dateline, rest) for a dateline prefix."""
    if isinstance(item, tuple) and item[0] == 'dl':
        sep = ' ' if item[1].endswith('-') else ' - '
        return item[1] + sep + item[2]
    return item


def collect_body(a, noise):
    paras = []
    for item in a['body']:
        if isinstance(item, tuple) and item[0] == 'dl':
            add_noise(noise, 'dateline', item[1])
        paras.append(body_text(item))
    return paras


def render_txt(a):
    """Browser copy: title on the first line, then furniture lines and paragraphs."""
    noise = {}
    lines = [a['title']]
    add_noise(noise, 'title', a['title'])
    body = iter(collect_body(a, noise))
    for entry in a['lines']:
        if entry == 'BODY':
            lines.extend(body)
            continue
        if entry == '':
            lines.append('')
            continue
        kind, text = entry
        if kind == 'p':
            lines.append(next(body))
            continue
        add_noise(noise, kind, text)
        lines.append(text)
    rest = list(body)
    assert not rest, (a['name'], 'unplaced paragraphs')
    return '\n'.join(lines) + '\n', noise


def li_links(items, cls='', href='#'):
    return '\n'.join(f'      <li{cls}><a href="{href}">{html.escape(t)}</a></li>' for t in items)


def render_html(a):
    """A full page: nav, breadcrumbs, header, article, aside, share, comments, footer."""
    o = OUTLETS[a['outlet']]
    h = a['html']
    noise = {}
    paras = collect_body(a, noise)
    add_noise(noise, 'title', a['title'])
    for t in h.get('nav', []):
        add_noise(noise, 'navigation', t)
    for t in h.get('breadcrumbs', []):
        add_noise(noise, 'navigation', t)
    meta = [f'<meta charset="{a.get("charset", "utf-8")}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta property="og:site_name" content="{html.escape(o["name"])}">',
            f'<meta property="og:title" content="{html.escape(a["title"])}">',
            '<meta property="og:type" content="article">']
    if h.get('meta_time', True):
        meta.append(f'<meta property="article:published_time" content="{a["published"]}">')
    head = '\n'.join('  ' + m for m in meta)
    ld = ''
    if h.get('jsonld'):
        obj = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'],
               'datePublished': a['published'],
               'publisher': {'@type': 'Organization', 'name': o['name'], 'url': 'https://' + o['domain']}}
        if h.get('author'):
            obj['author'] = {'@type': 'Person', 'name': h['author']}
        ld = ('  <script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>\n')
    parts = []
    parts.append(f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n{head}\n'
                 f'  <title>{html.escape(a["title"])} | {html.escape(o["name"])}</title>\n'
                 f'  <link rel="stylesheet" href="/assets/site.css">\n{ld}</head>\n<body class="single-post">')
    parts.append(f'<header class="site-header">\n  <a class="logo" href="/">{html.escape(o["name"])}</a>\n'
                 f'  <nav class="main-menu">\n    <ul>\n{li_links(h.get("nav", []))}\n    </ul>\n  </nav>\n</header>')
    for kind, text in h.get('top', []):
        add_noise(noise, kind, text)
        parts.append(f'<div class="top-banner"><a href="#">{html.escape(text)}</a></div>')
    parts.append('<main id="content">')
    if h.get('breadcrumbs'):
        sep = '/' if a.get('charset') == 'iso-8859-6' else '›'
        crumbs = f' <span class="sep">{sep}</span> '.join(f'<a href="#">{html.escape(t)}</a>' for t in h['breadcrumbs'])
        parts.append(f'<div class="breadcrumbs">{crumbs}</div>')
    parts.append('<article class="post">\n  <header class="entry-header">')
    parts.append(f'    <h1 class="entry-title">{html.escape(a["title"])}</h1>')
    if h.get('byline'):
        add_noise(noise, 'byline', h['byline'])
        parts.append(f'    <div class="byline">{html.escape(h["byline"])}</div>')
    if h.get('time_text'):
        parts.append(f'    <time class="published" datetime="{a["published"]}">{html.escape(h["time_text"])}</time>')
    parts.append('  </header>')
    if h.get('figure'):
        cap, credit = h['figure']
        add_noise(noise, 'caption', cap)
        cr = ''
        if credit:
            add_noise(noise, 'credit', credit)
            cr = f'\n      <span class="photo-credit">{html.escape(credit)}</span>'
        parts.append(f'  <figure class="featured">\n    <img src="/uploads/2025/{a["name"]}.jpg" alt="">\n'
                     f'    <figcaption>{html.escape(cap)}{cr}</figcaption>\n  </figure>')
    parts.append('  <div class="entry-content">')
    inline = dict(h.get('inline', {}))
    for i, p in enumerate(paras):
        parts.append(f'    <p>{html.escape(p)}</p>')
        if i in inline:
            kind, text = inline[i]
            add_noise(noise, kind, text)
            parts.append(f'    <div class="{CLASS_NAMES.get(kind, kind)}"><a href="#">{html.escape(text)}</a></div>')
    for kind, text in h.get('after', []):
        add_noise(noise, kind, text)
        parts.append(f'    <p class="{CLASS_NAMES.get(kind, kind)}">{html.escape(text)}</p>')
    parts.append('  </div>')
    if h.get('share'):
        for t in h['share']:
            add_noise(noise, 'share', t)
        parts.append('  <div class="share-box">\n' + '\n'.join(
            f'    <a class="share" href="#">{html.escape(t)}</a>' for t in h['share']) + '\n  </div>')
    parts.append('</article>')
    if h.get('related'):
        for t in h['related']:
            add_noise(noise, 'related', t)
        title = h.get('related_title', 'أخبار ذات صلة')
        add_noise(noise, 'related', title)
        parts.append(f'<aside class="related-posts">\n  <h3>{html.escape(title)}</h3>\n  <ul>\n'
                     f'{li_links(h["related"])}\n  </ul>\n</aside>')
    if h.get('comments'):
        for t in h['comments']:
            add_noise(noise, 'comments', t)
        parts.append('<section id="comments" class="comments-area">\n' + '\n'.join(
            f'  <div class="comment">{html.escape(t)}</div>' for t in h['comments']) + '\n</section>')
    parts.append('</main>')
    foot = h.get('footer', [])
    for kind, text in foot:
        add_noise(noise, kind, text)
    links = [t for k, t in foot if k == 'navigation']
    others = [(k, t) for k, t in foot if k != 'navigation']
    parts.append('<footer class="site-footer">\n  <ul class="footer-links">\n' + '\n'.join(
        f'    <li><a href="#">{html.escape(t)}</a></li>' for t in links) + '\n  </ul>\n' + ''.join(
        f'  <div class="{CLASS_NAMES.get(k, k)}">{html.escape(t)}</div>\n' for k, t in others)
        + '  <a class="back-to-top" href="#top" aria-label="top">^</a>\n</footer>\n</body>\n</html>\n')
    return '\n'.join(parts), noise


def render_plain_for_json(a):
    text, noise = render_txt(a)
    return text, noise


def rss_date(iso):
    d = datetime.fromisoformat(iso)
    return d.strftime('%a, %d %b %Y %H:%M:%S %z')


def render_rss(items, feed):
    o = OUTLETS[feed['outlet']]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel>', f'  <title>{html.escape(o["name"])} - {html.escape(feed["title"])}</title>',
           f'  <link>https://{o["domain"]}/</link>', f'  <description>{html.escape(feed["description"])}</description>',
           '  <language>ar</language>']
    truths = {}
    for a in items:
        noise = {}
        add_noise(noise, 'title', a['title'])
        paras = collect_body(a, noise)
        frag = []
        if a.get('figure'):
            cap, credit = a['figure']
            add_noise(noise, 'caption', cap)
            add_noise(noise, 'credit', credit)
            frag.append(f'<figure><img src="https://{o["domain"]}/media/{a["guid"]}.jpg" alt=""/>'
                        f'<figcaption>{html.escape(cap)} {html.escape(credit)}</figcaption></figure>')
        frag += [f'<p>{html.escape(p)}</p>' for p in paras]
        for kind, text in a.get('after', []):
            add_noise(noise, kind, text)
            frag.append(f'<p>{html.escape(text)}</p>')
        content = '\n'.join(frag)
        assert ']]>' not in content
        out += ['  <item>', f'    <title>{html.escape(a["title"])}</title>',
                f'    <link>https://{o["domain"]}/news/{a["guid"]}</link>',
                f'    <guid isPermaLink="false">{a["guid"]}</guid>',
                f'    <pubDate>{rss_date(a["published"])}</pubDate>',
                f'    <dc:creator>{html.escape(a.get("creator", o["name"]))}</dc:creator>',
                f'    <description>{html.escape(a["description"])}</description>',
                f'    <content:encoded><![CDATA[{content}]]></content:encoded>', '  </item>']
        truths[a['guid']] = noise
    out += ['</channel>', '</rss>']
    return '\n'.join(out) + '\n', truths


def truth_entry(a, noise, fmt, extra=None):
    e = {'format': fmt, 'outlet': OUTLETS[a['outlet']]['name'], 'domain': OUTLETS[a['outlet']]['domain'],
         'title': a['title'], 'published': a['published'][:10], 'publishedAt': a['published'],
         'story': a['story'], 'thread': a.get('thread'), 'duplicateOf': a.get('dup'), 'noise': noise}
    if extra:
        e.update(extra)
    return e


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    articles = {}
    texts = {}
    jsonl_rows = []
    rss_items = []
    feed = None
    for a in ARTICLES:
        fmt = a['fmt']
        if fmt == 'txt':
            text, noise = render_txt(a)
            path = a['name'] + '.txt'
            with open(os.path.join(CORPUS, path), 'w', encoding='utf-8') as fh:
                fh.write(text)
            articles[path] = truth_entry(a, noise, 'txt')
            texts[path] = text
        elif fmt == 'html':
            page, noise = render_html(a)
            path = a['name'] + '.html'
            enc = a.get('charset', 'utf-8')
            data = page.encode({'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6'}.get(enc, 'utf-8'))
            with open(os.path.join(CORPUS, path), 'wb') as fh:
                fh.write(data)
            articles[path] = truth_entry(a, noise, 'html', {'charset': enc})
            texts[path] = page
        elif fmt == 'jsonl':
            jsonl_rows.append(a)
        elif fmt == 'rss':
            rss_items.append(a)
            feed = a['feed']
    jpath = 'marsad-crawl-2025.jsonl'
    with open(os.path.join(CORPUS, jpath), 'w', encoding='utf-8') as fh:
        for i, a in enumerate(jsonl_rows, 1):
            o = OUTLETS[a['outlet']]
            row = {'id': a['name'], 'outlet': o['name'], 'published': a['published'], 'title': a['title'],
                   'source': f'https://{o["domain"]}/{a["path"]}'}
            if a.get('as_html'):
                page, noise = render_html(a)
                row['html'] = page
                texts[f'{jpath}#{i}'] = page
            else:
                text, noise = render_txt(a)
                row['text'] = text
                texts[f'{jpath}#{i}'] = text
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
            articles[f'{jpath}#{i}'] = truth_entry(a, noise, 'jsonl', {'id': a['name'], 'line': i})
    rpath = 'almadar-feed.xml'
    xml, truths = render_rss(rss_items, feed)
    with open(os.path.join(CORPUS, rpath), 'w', encoding='utf-8') as fh:
        fh.write(xml)
    for a in rss_items:
        key = f'{rpath}#{a["guid"]}'
        articles[key] = truth_entry(a, truths[a['guid']], 'rss', {'guid': a['guid']})
        texts[key] = xml
    by_name = {}
    for key, e in articles.items():
        name = key.split('#')[0] if key.endswith('.txt') or key.endswith('.html') else key
        by_name[name] = key
    name_to_key = {}
    for a in ARTICLES:
        for key, e in articles.items():
            if e['title'] == a['title'] and e['publishedAt'] == a['published']:
                name_to_key[a['name']] = key
    for e in articles.values():
        if e['duplicateOf']:
            e['duplicateOf'] = name_to_key[e['duplicateOf']]
    check_noise_present(articles, texts)
    contradictions = []
    for c in CONTRADICTIONS:
        c = dict(c)
        c['a'] = name_to_key[c['a']]
        c['b'] = name_to_key[c['b']]
        assert c['valueA'] in texts[c['a']] and c['valueB'] in texts[c['b']], c
        contradictions.append(c)
    entities = []
    for ent in ENTITIES:
        ent = dict(ent)
        used = [v for v in ent['variants'] if any(v in t for t in texts.values())]
        assert used == ent['variants'], (ent['canonical'], set(ent['variants']) - set(used))
        ent['articles'] = sorted(k for k, t in article_texts(articles, texts, ARTICLES, name_to_key).items()
                                 if any(v in t for v in ent['variants']))
        ent['variantArticles'] = {v: sorted(k for k, t in article_texts(articles, texts, ARTICLES, name_to_key).items()
                                            if v in t) for v in ent['variants']}
        ent['bodyArticles'] = sorted(k for k, t in body_texts(name_to_key).items()
                                     if any(v in t for v in ent['variants']))
        entities.append(ent)
    stories = {}
    for key, st in STORIES.items():
        stories[key] = {**st, 'articles': sorted(k for k, e in articles.items() if e['story'] == key)}
    truth = {
        'description': 'Planted truth for the rasd sample corpus (invented, written for rasd, MIT). '
                       'Keys are file names, file#line for the JSONL dump, file#guid for the RSS feed.',
        'outlets': [{'key': k, **v} for k, v in OUTLETS.items()],
        'stories': stories, 'threads': THREADS,
        'articles': articles, 'contradictions': contradictions, 'entities': entities,
        'sharedFirstNames': [{**x, 'together': name_to_key[x['together']]} for x in SHARED_FIRST_NAMES],
        'syndication': {'origin': name_to_key[SYNDICATION['origin']],
                        'copies': {name_to_key[k]: v for k, v in SYNDICATION['copies'].items()}},
    }
    with open(os.path.join(ROOT, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(f'{len(articles)} articles written to {CORPUS}')


_AT = {}


def body_texts(name_to_key):
    """Title plus body paragraphs per article key, without page furniture."""
    return {name_to_key[a['name']]: a['title'] + '\n' + '\n'.join(collect_body(a, {})) for a in ARTICLES}


def article_texts(articles, texts, arts, name_to_key):
    """Plain text per article key (for the feed: that item's title and content only)."""
    if _AT:
        return _AT
    for a in arts:
        key = name_to_key[a['name']]
        if key.endswith('.txt') or key.endswith('.html') or '.jsonl#' in key:
            _AT[key] = html.unescape(texts[key]) if not key.endswith('.txt') else texts[key]
        else:
            _AT[key] = a['title'] + '\n' + '\n'.join(collect_body(a, {}))
    return _AT


def check_noise_present(articles, texts):
    for key, e in articles.items():
        t = texts[key]
        plain = html.unescape(t)
        for kind, lines in e['noise'].items():
            for line in lines:
                assert line in t or line in plain, (key, kind, line)
                if key.endswith('.txt'):
                    assert line in t.split('\n') or kind == 'dateline', (key, kind, line)


if __name__ == '__main__':
    main()
