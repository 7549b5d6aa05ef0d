// Feeds stay well-formed Atom, and a document's words stay words in them,
// whatever characters the words hold.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, xmlText } from '../../src/site/atom.ts';
import { feedSpec, itemsFeed, plansFeed } from '../../src/site/feeds.ts';
import type { Plan } from '../../src/model/schema.ts';
import { dataset } from '../support/seeds.ts';
import { readXmlsStrictly, type StrictXml, type XmlElement } from '../support/strict-xml.ts';

const ATOM = '{http://www.w3.org/2005/Atom}';
const ROOT = 'https://plans.example.org/';

/** Everything a feed has been broken with: CDATA ends, markup, scripts, controls XML forbids, lone surrogates. */
const HOSTILE = [
  'Two ends ]]> and ]]><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script><![CDATA[ in one text.',
  '<img src=x onerror=alert(2)> <a href="javascript:alert(3)">link</a> &amp; &lt;b&gt; <![CDATA[ x ]]>',
  'NUL \u0000, ESC \u001b[31m, bell \u0007, form feed \u000c, lone \ud800 and \udfff surrogates, \ufffe and \uffff.',
  'Tab\tand\nline feed, CR\r\nLF, a pair 😀 kept, "quotes" & \'apostrophes\'.',
];

/** What a parser reads back: the text without the characters XML cannot hold, line ends as line feeds. */
const READ_BACK = [
  HOSTILE[0],
  HOSTILE[1],
  'NUL , ESC [31m, bell , form feed , lone  and  surrogates,  and .',
  'Tab\tand\nline feed, CR\nLF, a pair 😀 kept, "quotes" & \'apostrophes\'.',
];

const hostilePlans = (): Plan[] =>
  structuredClone(dataset.plans).map((p, n) => ({
    ...p,
    establishmentName: `HMP ${HOSTILE[n % HOSTILE.length]}`,
    items: p.items.map((i, k) => ({ ...i, text: HOSTILE[(n + k) % HOSTILE.length]! })),
  }));

const spec = feedSpec(ROOT, {
  id: 'plans',
  title: 'new plans ]]> <b>',
  description: 'Plans ]]> \u0000',
  path: '/feeds/plans.xml',
  page: '/',
});

const SAMPLE = atomXml({
  self: `${ROOT}feeds/plans.xml`,
  home: ROOT,
  title: HOSTILE[0]!,
  subtitle: HOSTILE[2]!,
  rights: 'OGL',
  author: 'HM Prison and Probation Service',
  updated: new Date('2024-01-02T00:00:00Z'),
  entries: HOSTILE.map((t, n) => ({
    title: t,
    summary: HOSTILE[(n + 1) % HOSTILE.length]!,
    url: `${ROOT}prisons/x/${n}/`,
    updated: new Date('2024-01-02T00:00:00Z'),
  })),
});
const plans = hostilePlans();
const PLANS_FEED = plansFeed(spec, plans);
const ROWS = plans.flatMap((plan) => plan.items.map((item) => ({ item, plan })));
const ITEMS_FEED = itemsFeed(spec, ROWS);

// One Python process for the three: it takes a while to start.
const [SAMPLE_READ, PLANS_READ, ITEMS_READ] = readXmlsStrictly([SAMPLE, PLANS_FEED, ITEMS_FEED]);

function elements(read: StrictXml | undefined): XmlElement[] {
  if (!read || 'error' in read) throw new Error(`not well-formed XML: ${read?.error}`);
  return read.elements;
}

describe('xmlText', () => {
  it('keeps every character XML 1.0 allows and drops the others', () => {
    expect(HOSTILE.map(xmlText)).toEqual(READ_BACK);
    expect(xmlText('\u0009\u000a\u0020\ud7ff\ue000\ufffd\u{10000}\u{10ffff}')).toBe(
      '\u0009\u000a\u0020\ud7ff\ue000\ufffd\u{10000}\u{10ffff}',
    );
  });
});

describe('atomXml', () => {
  it('writes every text as type="text", never HTML or CDATA, and a strict parser reads it back exactly', () => {
    const xml = SAMPLE;
    expect(xml).not.toMatch(/<!\[CDATA\[/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const els = elements(SAMPLE_READ);
    expect(els.filter((e) => !e.tag.startsWith(ATOM))).toEqual([]);
    const texts = (name: string) => els.filter((e) => e.tag === `${ATOM}${name}`);
    expect(texts('title').map((e) => e.text)).toEqual([READ_BACK[0], ...READ_BACK]);
    expect(texts('summary').map((e) => e.text)).toEqual(READ_BACK.map((_, n) => READ_BACK[(n + 1) % READ_BACK.length]));
    expect([...texts('title'), ...texts('summary'), ...texts('subtitle')].map((e) => e.attrib.type)).toEqual(
      Array(10).fill('text'),
    );
    expect(texts('entry')).toHaveLength(4);
    expect(texts('link').map((e) => e.attrib.href)).toEqual([
      ROOT,
      `${ROOT}feeds/plans.xml`,
      ...HOSTILE.map((_, n) => `${ROOT}prisons/x/${n}/`),
    ]);
    // fast-xml-parser reads the same texts.
    const feed = new XMLParser({ ignoreAttributes: false, textNodeName: '#text', processEntities: true }).parse(
      xml,
    ).feed;
    expect(feed.title['#text']).toBe(READ_BACK[0]);
    expect(feed.author.name).toBe('HM Prison and Probation Service');
  });
});

describe('the site’s feeds, with hostile names and item texts', () => {
  it('the plans feed: well formed, Atom elements only, names read back', () => {
    const els = elements(PLANS_READ);
    expect(els.filter((e) => !e.tag.startsWith(ATOM))).toEqual([]);
    const titles = els.filter((e) => e.tag === `${ATOM}title`).map((e) => e.text);
    expect(titles[0]).toBe('Prison Action Plans: new plans ]]> <b>');
    expect(new Set(titles.slice(1).map((t) => t.replace(/: action plan for the \d+ inspection$/, '')))).toEqual(
      new Set(READ_BACK.slice(0, plans.length).map((t) => `HMP ${t}`)),
    );
    expect(els.find((e) => e.tag === `${ATOM}subtitle`)!.text).toBe('Plans ]]> ');
  });

  it('an items feed: item texts read back exactly as summaries', () => {
    const els = elements(ITEMS_READ);
    expect(els.filter((e) => !e.tag.startsWith(ATOM))).toEqual([]);
    const summaries = els.filter((e) => e.tag === `${ATOM}summary`).map((e) => e.text);
    expect(summaries).toHaveLength(Math.min(ROWS.length, 200));
    expect(new Set(summaries)).toEqual(new Set(READ_BACK));
  });
});
